import type { Kysely } from 'kysely';

/**
 * Rate-limit counters shared by every app server on one database (a limit kept in each
 * process's memory would let N servers allow N times the attempts). Keys are hashed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limit_hits')
    .addColumn('key_hash', 'text', (col) => col.primaryKey())
    .addColumn('hits', 'integer', (col) => col.notNull())
    .addColumn('window_ends_at', 'timestamptz', (col) => col.notNull())
    .execute();
}
