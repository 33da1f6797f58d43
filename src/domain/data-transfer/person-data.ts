import type { z } from 'zod';
import type { ZPersonDataExportSchema } from './data-transfer-api.js';
import type { CheckInInput, CravingInput, DoseInput, PlanInput } from '../log/log-api.js';
import type { PrescriptionInput } from '../treatment/treatment-api.js';
import {
  getQuestionnaire,
  scoreQuestionnaire,
  type ScoringContext,
} from '../questionnaires/index.js';

/** Everything stored about a person, as GET /api/me/export gives it. */
export type PersonDataExport = z.infer<typeof ZPersonDataExportSchema>;

/**
 * What an import file holds, already checked against the same rules as the API's inputs.
 * Ids and saved-at times are not carried over: an import saves new entries, now.
 */
export type PersonDataImport = {
  doses: DoseInput[];
  checkIns: CheckInInput[];
  questionnaireResponses: Array<{
    questionnaireId: string;
    takenAt: string;
    answers: number[];
    context: ScoringContext;
  }>;
  cravings: Array<Omit<CravingInput, 'at'> & { at: string }>;
  plan: PlanInput | null;
  /** The person's own note of a take-home prescription; clinics' are each clinic's record. */
  prescription: PrescriptionInput | null;
  /** From the profile; each is set only where the account has none yet. */
  profile: { displayName: string | null; weightKg: number | null };
};

/**
 * The context a stored result was scored with. Results do not record it, but AUDIT-C's
 * bands differ by sex: the context is the one whose band gives the stored band.
 */
export function scoringContextOf(response: {
  questionnaireId: string;
  answers: number[];
  result: { bandId: string };
}): ScoringContext {
  const definition = getQuestionnaire(response.questionnaireId);
  if (!definition?.bandsBySex) return {};
  const candidates: ScoringContext[] = [{}, { sex: 'female' }, { sex: 'male' }];
  return (
    candidates.find((context) => {
      try {
        const result = scoreQuestionnaire(definition, response.answers, context);
        return result.bandId === response.result.bandId;
      } catch {
        return false;
      }
    }) ?? {}
  );
}
