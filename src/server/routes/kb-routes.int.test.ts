import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';
import { syncArticleSearch } from '../services/kb.js';

const testApp = useTestApp();

const get = (url: string) => testApp.app.inject({ method: 'GET', url });
const search = async (q: string) => {
  const response = await get(`/api/kb/search?q=${encodeURIComponent(q)}`);
  expect(response.statusCode).toBe(200);
  return response.json<{ results: Array<{ slug: string; title: string; snippet: string }> }>()
    .results;
};

describe('article list', () => {
  it('lists every article with its title, summary, audience, tags and review date', async () => {
    const response = await get('/api/kb/articles');
    expect(response.statusCode).toBe(200);
    const { articles } = response.json<{ articles: Array<Record<string, unknown>> }>();
    expect(articles.length).toBeGreaterThanOrEqual(20);
    expect(articles.find((article) => article.slug === 'withdrawal')).toEqual({
      slug: 'withdrawal',
      title: expect.any(String),
      summary: expect.any(String),
      audience: expect.arrayContaining(['person']),
      tags: expect.arrayContaining(['insomnia']),
      lastReviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(articles[0]).not.toHaveProperty('body');
  });

  it('filters by audience and refuses an unknown audience', async () => {
    const clinician = await get('/api/kb/articles?audience=clinician');
    const slugs = clinician.json().articles.map((article: { slug: string }) => article.slug);
    expect(slugs).toContain('how-ketamine-works');
    for (const article of clinician.json().articles) {
      expect(article.audience).toContain('clinician');
    }
    expect((await get('/api/kb/articles?audience=robots')).statusCode).toBe(400);
  });
});

describe('one article', () => {
  it('has its Markdown body and references', async () => {
    const response = await get('/api/kb/articles/withdrawal');
    expect(response.statusCode).toBe(200);
    const { article } = response.json();
    expect(article.body).toContain('[ref:mdedge]');
    expect(article.references).toContainEqual(
      expect.objectContaining({ id: 'chen-2020', kind: 'doi', value: '10.1111/ajad.12978' }),
    );
  });

  it('answers 404 for an unknown slug', async () => {
    const response = await get('/api/kb/articles/no-such-article');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
    const tooLong = await get(`/api/kb/articles/${'x'.repeat(500)}`);
    expect(tooLong.statusCode).toBeGreaterThanOrEqual(400);
    expect(tooLong.statusCode).toBeLessThan(500);
  });
});

describe('search', () => {
  it('puts the withdrawal article first for "insomnia after stopping"', async () => {
    const results = await search('insomnia after stopping');
    expect(results[0]?.slug).toBe('withdrawal');
  });

  it('finds the bladder article for "k cramps"', async () => {
    const results = await search('k cramps');
    expect(results.slice(0, 3).map((result) => result.slug)).toContain('bladder-and-kidneys');
  });

  it('finds the combinations article for "mixing with drink"', async () => {
    const results = await search('mixing with drink');
    expect(results[0]?.slug).toBe('combinations');
  });

  it.each(['is it safe with my antidepressants', 'can I drink on it'])(
    'answers "%s" with the combinations article first and offers the checker',
    async (question) => {
      const response = await get(`/api/kb/search?q=${encodeURIComponent(question)}`);
      const answer = response.json<{ results: Array<{ slug: string }>; offerChecker: boolean }>();
      expect(answer.results[0]?.slug).toBe('combinations');
      expect(answer.offerChecker).toBe(true);
      expect(answer.results.filter((result) => result.slug === 'combinations')).toHaveLength(1);
    },
  );

  it('does not offer the checker for a question about one thing', async () => {
    const response = await get('/api/kb/search?q=k%20cramps');
    expect(response.json().offerChecker).toBe(false);
  });

  it('understands everyday words such as "can\'t sleep" and "pee"', async () => {
    expect((await search("can't sleep")).map((result) => result.slug)).toContain('withdrawal');
    expect((await search('pain when I pee')).slice(0, 3).map((result) => result.slug)).toContain(
      'bladder-and-kidneys',
    );
  });

  it('marks matched words in snippets with the highlight markers and never with HTML', async () => {
    const [first] = await search('insomnia');
    expect(first?.snippet).toMatch(/\u27e6[^\u27e7]+\u27e7/);
    expect(first?.snippet).not.toMatch(/<\/?b>|\[ref:/);
  });

  it('returns no results, not an error, for words no article uses', async () => {
    expect(await search('zzzyzx qwerty')).toEqual([]);
    expect(await search('the and of')).toEqual([]);
  });

  it('refuses an empty, blank or too long query with 400', async () => {
    for (const url of [
      '/api/kb/search',
      '/api/kb/search?q=',
      '/api/kb/search?q=%20%20',
      `/api/kb/search?q=${'a'.repeat(201)}`,
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    }
  });

  it('treats SQL and tsquery syntax as plain words', async () => {
    for (const q of ["'; drop table kb_articles; --", 'a & | ! ( ) :* <->', '\\', '"']) {
      expect((await get(`/api/kb/search?q=${encodeURIComponent(q)}`)).statusCode).toBe(200);
    }
    expect((await search('withdrawal'))[0]?.slug).toBe('withdrawal');
  });
});

describe('search table sync', () => {
  it('deletes articles that are gone and restores them on the next sync, idempotently', async () => {
    const { ctx } = testApp.app;
    const content = testApp.app.content.english;
    const fewer = new Map([...content.articles].filter(([slug]) => slug !== 'withdrawal'));
    await syncArticleSearch(ctx, fewer);
    expect((await search('insomnia after stopping')).map((r) => r.slug)).not.toContain(
      'withdrawal',
    );
    await syncArticleSearch(ctx, content.articles);
    await syncArticleSearch(ctx, content.articles);
    const count = await ctx.db
      .selectFrom('kb_articles')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(content.articles.size);
    expect((await search('insomnia after stopping'))[0]?.slug).toBe('withdrawal');
  });
});
