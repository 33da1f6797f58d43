import { sql, type Kysely } from 'kysely';

/**
 * Sharing from private mode. On the server: `sealed_shares` holds ciphertext the server
 * cannot read (the key is only in the clinic's link), the hash of the token that removes it,
 * and the clinic that opened it first (only that clinic can open it again);
 * `sealed_share_openings` logs each opening (which clinician, which clinic, when: not whose
 * data, which the server cannot know). On the device: `sent_sealed_shares` is the person's
 * own record of what they shared, so they can see and withdraw it (sealed at rest with the
 * rest of private mode's database).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sealed_shares')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('ciphertext', 'text', (col) => col.notNull())
    .addColumn('removal_token_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('clinic_id', 'uuid', (col) => col.references('clinics.id').onDelete('cascade'))
    .addColumn('claimed_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('sealed_shares_expires_at')
    .on('sealed_shares')
    .column('expires_at')
    .execute();

  await db.schema
    .createTable('sealed_share_openings')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('share_id', 'uuid', (col) =>
      col.notNull().references('sealed_shares.id').onDelete('cascade'),
    )
    .addColumn('clinic_id', 'uuid', (col) =>
      col.notNull().references('clinics.id').onDelete('cascade'),
    )
    .addColumn('actor_id', 'uuid', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('sealed_share_openings_share_id')
    .on('sealed_share_openings')
    .column('share_id')
    .execute();

  await db.schema
    .createTable('sent_sealed_shares')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('removal_token', 'text', (col) => col.notNull())
    .addColumn('scopes', 'jsonb', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .execute();
}
