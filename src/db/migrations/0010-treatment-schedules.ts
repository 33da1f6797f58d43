import type { Kysely } from 'kysely';

/**
 * What a clinic plans around sessions: its preparation rules (null: the default), each
 * client's next session, and the self-checks it schedules for a client.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('clinics').addColumn('preparation_rules', 'jsonb').execute();

  await db.schema
    .createTable('planned_sessions')
    .addColumn('clinic_id', 'uuid', (col) =>
      col.notNull().references('clinics.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('starts_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('planned_sessions_pkey', ['clinic_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('planned_sessions_user_id')
    .on('planned_sessions')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('questionnaire_schedules')
    .addColumn('clinic_id', 'uuid', (col) =>
      col.notNull().references('clinics.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('questionnaire_id', 'text', (col) => col.notNull())
    .addColumn('every_days', 'integer', (col) => col.notNull())
    .addColumn('starts_on', 'date', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('questionnaire_schedules_pkey', [
      'clinic_id',
      'user_id',
      'questionnaire_id',
    ])
    .execute();
  await db.schema
    .createIndex('questionnaire_schedules_user_id')
    .on('questionnaire_schedules')
    .column('user_id')
    .execute();
}
