import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/** Every row belongs to one person and goes when their account goes. */
const owner = (col: ColumnDefinitionBuilder) =>
  col.notNull().references('users.id').onDelete('cascade');

/** Self-monitoring: dose log, daily check-ins, questionnaire responses, recovery plan, cravings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Body weight scales the blood-level estimate (volumes and clearances are per kg).
  await db.schema
    .alterTable('users')
    .addColumn('weight_kg', 'double precision', (col) =>
      col.check(sql`weight_kg between 20 and 300`),
    )
    .execute();

  await db.schema
    .createTable('doses')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', owner)
    .addColumn('taken_at', 'timestamptz', (col) => col.notNull())
    .addColumn('mg', 'double precision', (col) => col.notNull().check(sql`mg > 0 and mg <= 10000`))
    .addColumn('route', 'text', (col) => col.notNull())
    .addColumn('purpose', 'text')
    .addColumn('co_use', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('setting', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('doses_user_taken_at')
    .on('doses')
    .columns(['user_id', 'taken_at'])
    .execute();

  await db.schema
    .createTable('check_ins')
    .addColumn('user_id', 'uuid', owner)
    .addColumn('date', 'date', (col) => col.notNull())
    .addColumn('craving', 'smallint')
    .addColumn('mood', 'smallint')
    .addColumn('sleep_hours', 'double precision')
    .addColumn('sleep_quality', 'smallint')
    .addColumn('symptoms', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('dissociation', 'smallint')
    .addColumn('urinary_frequency', 'smallint')
    .addColumn('urinary_urgency', 'smallint')
    .addColumn('pain_passing_urine', 'smallint')
    .addColumn('lower_belly_pain', 'smallint')
    .addColumn('blood_in_urine', 'boolean')
    .addColumn('self_harm_thoughts', 'boolean')
    .addColumn('systolic_mm_hg', 'smallint')
    .addColumn('diastolic_mm_hg', 'smallint')
    .addColumn('heart_rate_bpm', 'smallint')
    .addColumn('notes', 'text')
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('check_ins_pk', ['user_id', 'date'])
    .execute();

  await db.schema
    .createTable('questionnaire_responses')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', owner)
    .addColumn('questionnaire_id', 'text', (col) => col.notNull())
    .addColumn('taken_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('answers', 'jsonb', (col) => col.notNull())
    .addColumn('result', 'jsonb', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('questionnaire_responses_user')
    .on('questionnaire_responses')
    .columns(['user_id', 'questionnaire_id', 'taken_at'])
    .execute();

  await db.schema
    .createTable('recovery_plans')
    .addColumn('user_id', 'uuid', (col) =>
      col.primaryKey().references('users.id').onDelete('cascade'),
    )
    .addColumn('goal', 'text', (col) => col.notNull())
    .addColumn('start_date', 'date', (col) => col.notNull())
    .addColumn('details', 'jsonb', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('cravings')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', owner)
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .addColumn('intensity', 'smallint', (col) => col.notNull())
    .addColumn('tools_tried', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('helped', 'boolean')
    .addColumn('notes', 'text')
    .execute();
  await db.schema
    .createIndex('cravings_user_at')
    .on('cravings')
    .columns(['user_id', 'at'])
    .execute();
}
