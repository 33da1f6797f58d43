import { sql } from 'kysely';
import type { Executor } from './users.js';

/**
 * Counts one hit for a key in one statement, so concurrent servers cannot lose a count: a
 * key whose window has ended starts again at 1 with a new window.
 */
export async function countHit(db: Executor, keyHash: string, windowMs: number, now: Date) {
  const windowEndsAt = new Date(now.getTime() + windowMs);
  const { rows } = await sql<{ hits: number; window_ends_at: Date }>`
    insert into rate_limit_hits (key_hash, hits, window_ends_at)
    values (${keyHash}, 1, ${windowEndsAt})
    on conflict (key_hash) do update set
      hits = case when rate_limit_hits.window_ends_at <= ${now} then 1 else rate_limit_hits.hits + 1 end,
      window_ends_at = case when rate_limit_hits.window_ends_at <= ${now}
        then excluded.window_ends_at else rate_limit_hits.window_ends_at end
    returning hits, window_ends_at`.execute(db);
  return rows[0]!;
}

export function deleteEndedWindows(db: Executor, now: Date) {
  return db.deleteFrom('rate_limit_hits').where('window_ends_at', '<=', now).execute();
}

/** Hits counted for a key in a window that has not ended (0 when none). */
export async function findHits(db: Executor, keyHash: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom('rate_limit_hits')
    .select('hits')
    .where('key_hash', '=', keyHash)
    .where('window_ends_at', '>', now)
    .executeTakeFirst();
  return row?.hits ?? 0;
}
