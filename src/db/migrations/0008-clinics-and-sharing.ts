import { sql, type Kysely } from 'kysely';

/**
 * Clinics and their clinician members; share codes a person makes (stored only as hashes);
 * grants (a person's consent to one clinic or one supporter, for some scopes and until a
 * date); the log of every read made under a grant; and clinicians' notes, which the person
 * can read too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('clinics')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('join_code_hash', 'text', (col) => col.notNull().unique())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  // One clinic per clinician account: the clinic area shows "your clinic".
  await db.schema
    .createTable('clinic_members')
    .addColumn('user_id', 'uuid', (col) =>
      col.primaryKey().references('users.id').onDelete('cascade'),
    )
    .addColumn('clinic_id', 'uuid', (col) =>
      col.notNull().references('clinics.id').onDelete('cascade'),
    )
    .addColumn('joined_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('clinic_members_clinic_id')
    .on('clinic_members')
    .column('clinic_id')
    .execute();

  await db.schema
    .createTable('share_codes')
    .addColumn('code_hash', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('scopes', 'jsonb', (col) => col.notNull())
    .addColumn('days', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('grants')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('clinic_id', 'uuid', (col) => col.references('clinics.id').onDelete('cascade'))
    .addColumn('supporter_id', 'uuid', (col) => col.references('users.id').onDelete('cascade'))
    .addColumn('scopes', 'jsonb', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('ends_at', 'timestamptz', (col) => col.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addCheckConstraint('grants_one_recipient', sql`(clinic_id is null) <> (supporter_id is null)`)
    .execute();
  await db.schema.createIndex('grants_user_id').on('grants').column('user_id').execute();
  await db.schema.createIndex('grants_clinic_id').on('grants').column('clinic_id').execute();
  await db.schema.createIndex('grants_supporter_id').on('grants').column('supporter_id').execute();

  await db.schema
    .createTable('access_log')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('grant_id', 'uuid', (col) =>
      col.notNull().references('grants.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('actor_id', 'uuid', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('access_log_user_id_at')
    .on('access_log')
    .columns(['user_id', 'at'])
    .execute();

  await db.schema
    .createTable('clinician_notes')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('clinic_id', 'uuid', (col) =>
      col.notNull().references('clinics.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('author_id', 'uuid', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('clinician_notes_user_id')
    .on('clinician_notes')
    .column('user_id')
    .execute();
}
