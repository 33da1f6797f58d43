import { sql, type Kysely } from 'kysely';

/**
 * Supervised treatment sessions (the clinic's record; the dose itself is a row in the
 * person's own log, linked here) and each clinic's pre-dose blood-pressure gate.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('clinics')
    .addColumn('bp_defer_systolic', 'integer', (col) => col.notNull().defaultTo(140))
    .addColumn('bp_defer_diastolic', 'integer', (col) => col.notNull().defaultTo(90))
    .addColumn('bp_urgent_systolic', 'integer', (col) => col.notNull().defaultTo(180))
    .addColumn('bp_urgent_diastolic', 'integer', (col) => col.notNull().defaultTo(110))
    .execute();

  await db.schema
    .createTable('treatment_sessions')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('clinic_id', 'uuid', (col) =>
      col.notNull().references('clinics.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('clinician_id', 'uuid', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('dose_id', 'uuid', (col) => col.references('doses.id').onDelete('set null'))
    .addColumn('started_at', 'timestamptz', (col) => col.notNull())
    .addColumn('product', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('record', 'jsonb', (col) => col.notNull())
    .addColumn('rems_due_date', 'date')
    .addColumn('rems_submitted_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('treatment_sessions_user_id')
    .on('treatment_sessions')
    .columns(['user_id', 'started_at'])
    .execute();
  await db.schema
    .createIndex('treatment_sessions_rems_due')
    .on('treatment_sessions')
    .columns(['clinic_id', 'rems_due_date'])
    .execute();
}
