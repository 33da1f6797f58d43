import { sql, type Selectable } from 'kysely';
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

/** The results of many people (a caseload) from one time on, oldest first, in one query. */
export function listQuestionnaireResponsesOf(
  db: Executor,
  userIds: readonly string[],
  filter: { questionnaireId?: string; from?: Date } = {},
) {
  if (userIds.length === 0) return Promise.resolve([]);
  let query = db.selectFrom('questionnaire_responses').selectAll().where('user_id', 'in', userIds);
  if (filter.questionnaireId) query = query.where('questionnaire_id', '=', filter.questionnaireId);
  if (filter.from) query = query.where('taken_at', '>=', filter.from);
  return query.orderBy('taken_at', 'asc').execute();
}

/** Each person's latest two results of one questionnaire (the latest and its change). */
export function latestTwoResponses(
  db: Executor,
  userIds: readonly string[],
  questionnaireId: string,
) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('questionnaire_responses')
        .select([
          'user_id',
          'taken_at',
          'score',
          sql<number>`row_number() over (partition by user_id order by taken_at desc)`.as('rank'),
        ])
        .where('user_id', 'in', userIds)
        .where('questionnaire_id', '=', questionnaireId)
        .as('ranked'),
    )
    .selectAll()
    .where('rank', '<=', 2)
    .orderBy('user_id')
    .orderBy('rank')
    .execute();
}
