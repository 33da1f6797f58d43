import { auditC } from './audit-c.js';
import { dsm5Pcp } from './dsm5-pcp.js';
import { gad7 } from './gad-7.js';
import { phq9 } from './phq-9.js';
import type { QuestionnaireDefinition } from './questionnaire-definition.js';
import { sdsKetamine } from './sds-ketamine.js';

/** Every questionnaire, in the order the Self-check page lists them. */
export const questionnaires: readonly QuestionnaireDefinition[] = [
  phq9,
  gad7,
  auditC,
  sdsKetamine,
  dsm5Pcp,
];

const byId = new Map(questionnaires.map((definition) => [definition.id, definition]));

export function getQuestionnaire(id: string): QuestionnaireDefinition | undefined {
  return byId.get(id);
}
