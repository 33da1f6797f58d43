import { syncKbArticles, searchKbArticles } from '../../db/repositories/kb-articles.js';
import { AppError } from '../../domain/errors.js';
import type { Article, Audience } from '../../domain/kb/article-schema.js';
import type { ArticleSummary, KbSearchAnswer } from '../../domain/kb/kb-api.js';
import {
  combinationsArticleSlug,
  isInteractionQuestion,
} from '../../domain/kb/interaction-question.js';
import { maxSearchTextLength, searchTermsFor } from '../../domain/kb/search-terms.js';
import { searchableText } from '../../domain/kb/search-text.js';
import type { ServiceContext } from './context.js';

const maxSearchResults = 10;

export function listArticles(
  articles: ReadonlyMap<string, Article>,
  audience?: Audience,
): ArticleSummary[] {
  return [...articles.values()]
    .filter((article) => audience === undefined || article.audience.includes(audience))
    .map(({ slug, title, summary, audience: audiences, tags, lastReviewed }) => ({
      slug,
      title,
      summary,
      audience: audiences,
      tags,
      lastReviewed,
    }));
}

export function findArticle(articles: ReadonlyMap<string, Article>, slug: string): Article {
  const article = articles.get(slug);
  if (!article)
    throw new AppError('not_found', 'There is no article with that name.', undefined, {
      reason: 'no-article',
    });
  return article;
}

/** Brings the search table in line with the articles loaded from content/ (at start). */
export function syncArticleSearch(ctx: ServiceContext, articles: ReadonlyMap<string, Article>) {
  const rows = [...articles.values()].map((article) => ({
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    tags: article.tags,
    body: searchableText(article.body),
  }));
  return ctx.db.transaction().execute((trx) => syncKbArticles(trx, rows));
}

/**
 * Ranked articles for everyday words; a snippet marks matches with the highlight markers.
 * A question about taking something with ketamine puts the combinations article first.
 */
export async function searchArticles(
  ctx: ServiceContext,
  articles: ReadonlyMap<string, Article>,
  text: string,
): Promise<KbSearchAnswer> {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > maxSearchTextLength) {
    throw new AppError(
      'validation_failed',
      `Type between 1 and ${maxSearchTextLength} characters to search.`,
      [{ path: 'q', message: `must be 1 to ${maxSearchTextLength} characters` }],
    );
  }
  const hits = (
    await searchKbArticles(ctx.db, { terms: searchTermsFor(trimmed), limit: maxSearchResults })
  ).map(({ slug, title, snippet }) => ({ slug, title, snippet }));
  const combinations = articles.get(combinationsArticleSlug);
  if (!combinations || !isInteractionQuestion(trimmed))
    return { results: hits, offerChecker: false };
  const pinned = hits.find((hit) => hit.slug === combinations.slug) ?? {
    slug: combinations.slug,
    title: combinations.title,
    snippet: combinations.summary,
  };
  const rest = hits.filter((hit) => hit.slug !== combinations.slug);
  return { results: [pinned, ...rest].slice(0, maxSearchResults), offerChecker: true };
}
