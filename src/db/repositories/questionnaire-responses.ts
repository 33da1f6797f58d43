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

type ResponseFilter = { questionnaireId?: string | undefined; from?: Date };

/** Oldest first, so a trend reads left to right. */
export function listQuestionnaireResponses(
  db: Executor,
  userId: string,
  filter: ResponseFilter = {},
) {
  return listQuestionnaireResponsesOf(db, [userId], filter);
}

/**
 * The results of many people (a caseload, the clinic's outcomes) from one time on, oldest
 * first, in one query handed over as one JSON text (PGlite decodes each row in JS).
 */
export async function listQuestionnaireResponsesOf(
  db: Executor,
  userIds: readonly string[],
  filter: ResponseFilter = {},
): Promise<QuestionnaireResponseRow[]> {
  if (userIds.length === 0) return [];
  const conditions = [
    sql`r.user_id = any(${userIds}::uuid[])`,
    ...(filter.questionnaireId ? [sql`r.questionnaire_id = ${filter.questionnaireId}`] : []),
    ...(filter.from ? [sql`r.taken_at >= ${filter.from.toISOString()}::timestamptz`] : []),
  ];
  const { rows } = await sql<{ responses: string | null }>`
    select json_agg(r order by r.taken_at)::text as responses
    from questionnaire_responses r
    where ${sql.join(conditions, sql` and `)}`.execute(db);
  const parsed = JSON.parse(rows[0]?.responses ?? '[]') as Array<
    Omit<QuestionnaireResponseRow, 'taken_at'> & { taken_at: string }
  >;
  return parsed.map((row) => ({ ...row, taken_at: new Date(row.taken_at) }));
}

/** Each person's latest two results of one questionnaire (the latest and its change). */
export async function latestTwoResponses(
  db: Executor,
  userIds: readonly string[],
  questionnaireId: string,
) {
  if (userIds.length === 0) return [];
  // One index lookup per person (user, questionnaire, time), not a window over every result.
  const { rows } = await sql<{ user_id: string; taken_at: Date; score: number }>`
    select u.user_id, latest.taken_at, latest.score
    from unnest(${userIds}::uuid[]) as u(user_id)
    cross join lateral (
      select r.taken_at, r.score from questionnaire_responses r
      where r.user_id = u.user_id and r.questionnaire_id = ${questionnaireId}
      order by r.taken_at desc limit 2
    ) latest
    order by u.user_id, latest.taken_at desc`.execute(db);
  return rows;
}
