import { jsonb } from '../jsonb.js';
import type { Executor } from './users.js';

export type StoredAnswer = { requestHash: string; statusCode: number; response: unknown };

export async function findIdempotentAnswer(
  db: Executor,
  userId: string,
  key: string,
): Promise<StoredAnswer | undefined> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status_code', 'response'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
  return (
    row && { requestHash: row.request_hash, statusCode: row.status_code, response: row.response }
  );
}

/** Stores the answer; false if the key is already taken. */
export async function storeIdempotentAnswer(
  db: Executor,
  userId: string,
  key: string,
  answer: StoredAnswer,
  now: Date,
): Promise<boolean> {
  const row = {
    user_id: userId,
    key,
    request_hash: answer.requestHash,
    status_code: answer.statusCode,
    response: jsonb(answer.response),
    created_at: now,
  };
  const stored = await db
    .insertInto('idempotency_keys')
    .values(row)
    .onConflict((conflict) => conflict.columns(['user_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return stored !== undefined;
}

/** Forgets a person's keys older than `notBefore`. */
export function deleteIdempotencyKeysBefore(db: Executor, userId: string, notBefore: Date) {
  return db
    .deleteFrom('idempotency_keys')
    .where('user_id', '=', userId)
    .where('created_at', '<', notBefore)
    .execute();
}
