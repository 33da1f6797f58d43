import type { Selectable } from 'kysely';
import { jsonb } from '../jsonb.js';
import type { QuestionnaireResponsesTable } from '../schema.js';
import type { Executor } from './users.js';

export type QuestionnaireResponseRow = Selectable<QuestionnaireResponsesTable>;

export function insertQuestionnaireResponse(
  db: Executor,
  userId: string,
  response: {
    questionnaireId: string;
    answers: number[];
    score: number;
    bandId: string;
    nextStepId: string;
    flagCodes: string[];
    takenAt: Date;
  },
) {
  return db
    .insertInto('questionnaire_responses')
    .values({
      user_id: userId,
      questionnaire_id: response.questionnaireId,
      answers: jsonb(response.answers),
      score: response.score,
      band_id: response.bandId,
      next_step_id: response.nextStepId,
      flag_codes: jsonb(response.flagCodes),
      taken_at: response.takenAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Oldest first, so a trend reads left to right. */
export function listQuestionnaireResponses(
  db: Executor,
  userId: string,
  filter: { questionnaireId?: string | undefined; from?: Date } = {},
) {
  let query = db.selectFrom('questionnaire_responses').selectAll().where('user_id', '=', userId);
  if (filter.questionnaireId) query = query.where('questionnaire_id', '=', filter.questionnaireId);
  if (filter.from) query = query.where('taken_at', '>=', filter.from);
  return query.orderBy('taken_at', 'asc').execute();
}
