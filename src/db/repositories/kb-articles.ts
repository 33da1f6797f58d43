import { sql } from 'kysely';
import type { Executor } from './users.js';
import { highlightEnd, highlightStart } from '../../domain/kb/search-snippet.js';

export type KbArticleRow = {
  slug: string;
  title: string;
  summary: string;
  tags: readonly string[];
  /** Plain text of the body, as search snippets should show it. */
  body: string;
};

export type KbSearchHit = { slug: string; title: string; snippet: string; rank: number };

// Every call names the configuration, so the index never depends on the server's default.
const searchVector = (row: KbArticleRow) => sql<unknown>`
  setweight(to_tsvector('english', ${row.title}), 'A') ||
  setweight(to_tsvector('english', ${row.tags.join(' ; ')}), 'B') ||
  setweight(to_tsvector('english', ${row.summary}), 'B') ||
  setweight(to_tsvector('english', ${row.body}), 'C')`;

const textArray = (values: readonly string[]) =>
  sql<string[]>`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

/**
 * Makes the table hold exactly these articles: inserts new ones, rewrites changed ones,
 * deletes the rest. Run inside a transaction; the advisory lock keeps several app servers
 * starting at once from interleaving.
 */
export async function syncKbArticles(db: Executor, rows: readonly KbArticleRow[]) {
  await sql`select pg_advisory_xact_lock(hashtext('ketalog.kb_articles'))`.execute(db);
  for (const row of [...rows].sort((a, b) => a.slug.localeCompare(b.slug))) {
    await db
      .insertInto('kb_articles')
      .values({
        slug: row.slug,
        title: row.title,
        summary: row.summary,
        tags: textArray(row.tags),
        body: row.body,
        search: searchVector(row),
      })
      .onConflict((conflict) =>
        conflict
          .column('slug')
          .doUpdateSet((eb) => ({
            title: eb.ref('excluded.title'),
            summary: eb.ref('excluded.summary'),
            tags: eb.ref('excluded.tags'),
            body: eb.ref('excluded.body'),
            search: sql`excluded.search`,
            updated_at: sql`now()`,
          }))
          .where(
            sql<boolean>`(kb_articles.title, kb_articles.summary, kb_articles.tags, kb_articles.body)
              is distinct from (excluded.title, excluded.summary, excluded.tags, excluded.body)`,
          ),
      )
      .execute();
  }
  const slugs = rows.map((row) => row.slug);
  let stale = db.deleteFrom('kb_articles');
  if (slugs.length > 0) stale = stale.where('slug', 'not in', slugs);
  await stale.execute();
}

const headlineOptions =
  `StartSel=${highlightStart}, StopSel=${highlightEnd}, ` +
  'MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "';

/**
 * Articles matching ANY of the terms, best first: ts_rank over the weighted vector,
 * normalised by document length so long articles do not win by size alone. Snippets are
 * made only for the rows returned (ts_headline is the costly part).
 */
export async function searchKbArticles(
  db: Executor,
  { terms, limit }: { terms: readonly string[]; limit: number },
): Promise<KbSearchHit[]> {
  if (terms.length === 0) return [];
  const query = sql.join(
    terms.map((term) => sql`plainto_tsquery('english', ${term})`),
    sql` || `,
  );
  const { rows } = await sql<KbSearchHit>`
    with query as (select ${query} as tsquery),
    ranked as (
      select a.slug, a.title, a.body, q.tsquery, ts_rank(a.search, q.tsquery, 1) as rank
      from kb_articles a, query q
      where a.search @@ q.tsquery
      order by rank desc, a.slug
      limit ${limit}
    )
    select slug, title, rank::float8 as rank,
      ts_headline('english', body, tsquery, ${headlineOptions}) as snippet
    from ranked
    order by rank desc, slug`.execute(db);
  return rows;
}
