import { sql, type Kysely } from 'kysely';

/**
 * Supervised withdrawal follow-ups: a clinic follows one client's withdrawal from a start
 * date, expecting a check-in every day or not, until a clinician ends it. At most one runs
 * per client and clinic; ended ones are kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('withdrawal_follow_ups')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('clinic_id', 'uuid', (col) =>
      col.notNull().references('clinics.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('started_by', 'uuid', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('start_date', 'date', (col) => col.notNull())
    .addColumn('daily_check_ins', 'boolean', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('ended_at', 'timestamptz')
    .execute();
  await sql`create unique index withdrawal_follow_ups_running on withdrawal_follow_ups (clinic_id, user_id) where ended_at is null`.execute(
    db,
  );
  await db.schema
    .createIndex('withdrawal_follow_ups_user_id')
    .on('withdrawal_follow_ups')
    .column('user_id')
    .execute();
}
