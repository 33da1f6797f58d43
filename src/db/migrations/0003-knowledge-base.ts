import { sql, type Kysely } from 'kysely';

/**
 * A search copy of the knowledge-base articles. The Markdown files stay the source
 * of truth; the server syncs this table from them at start. `search` is weighted: title A,
 * tags and summary B, body C, so a word in the title counts for more than one in the text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kb_articles')
    .addColumn('slug', 'text', (col) => col.primaryKey())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('tags', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    /** The body as plain text (Markdown syntax and citation markers removed), for snippets. */
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('search', sql`tsvector`, (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('kb_articles_search')
    .on('kb_articles')
    .using('gin')
    .column('search')
    .execute();
}
