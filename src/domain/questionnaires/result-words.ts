import type { Catalogue } from '../i18n/catalogue.js';
import type { FlagSeverity, QuestionnaireDefinition } from './questionnaire-definition.js';
import type { QuestionnaireResult } from './score-questionnaire.js';

/** A scored questionnaire as the person reads it. */
export type QuestionnaireResultWords = {
  bandLabel: string;
  meaning: string;
  nextStep: string;
  /** Most severe first, as in the result. */
  flags: Array<{ code: string; severity: FlagSeverity; message: string }>;
  notADiagnosis: string;
};

/** The catalogue key of one of a questionnaire's messages, e.g. `questionnaire.phq-9.next.mild`. */
export const questionnaireMessageKey = (questionnaireId: string, part: string) =>
  `questionnaire.${questionnaireId}.${part}`;

/** Words a result from the catalogue: band, meaning, next step, flags and the caveat. */
export function questionnaireResultWords(
  definition: Pick<QuestionnaireDefinition, 'id' | 'messageValues'>,
  result: Pick<QuestionnaireResult, 'bandId' | 'nextStepId' | 'flags'>,
  messages: Catalogue,
): QuestionnaireResultWords {
  const values = definition.messageValues ?? {};
  // A key missing from the catalogue is a content bug the data tests catch; the id is shown.
  const words = (part: string) =>
    messages.fromData(questionnaireMessageKey(definition.id, part), values) ?? part;
  return {
    bandLabel: words(`band.${result.bandId}.label`),
    meaning: words(`band.${result.bandId}.meaning`),
    nextStep: words(`next.${result.nextStepId}`),
    flags: result.flags.map((flag) => ({ ...flag, message: words(`flag.${flag.code}`) })),
    notADiagnosis: words('notADiagnosis'),
  };
}
