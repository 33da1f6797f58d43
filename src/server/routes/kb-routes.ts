import { z } from 'zod';
import { audiences } from '../../domain/kb/article-schema.js';
import { maxSearchTextLength } from '../../domain/kb/search-terms.js';
import { findArticle, listArticles, searchArticles } from '../services/kb.js';
import type { App } from '../app-type.js';

const ZArticleListQuerySchema = z.object({ audience: z.enum(audiences).optional() });
const ZArticleParamsSchema = z.object({ slug: z.string().min(1).max(120) });
const ZSearchQuerySchema = z.object({ q: z.string().max(maxSearchTextLength) });

export function registerKbRoutes(app: App) {
  app.get(
    '/api/kb/articles',
    {
      schema: {
        tags: ['learn'],
        summary: 'Knowledge-base articles (slug, title, summary, audience, tags, last reviewed)',
        querystring: ZArticleListQuerySchema,
      },
    },
    async (request) => ({ articles: listArticles(app.content.articles, request.query.audience) }),
  );

  app.get(
    '/api/kb/articles/:slug',
    {
      schema: {
        tags: ['learn'],
        summary: 'One article with its Markdown body and references',
        params: ZArticleParamsSchema,
      },
    },
    async (request) => ({ article: findArticle(app.content.articles, request.params.slug) }),
  );

  app.get(
    '/api/kb/search',
    {
      schema: {
        tags: ['learn'],
        summary: 'Ranked full-text search of the articles, with highlighted snippets',
        description:
          'Highlighted words in a snippet sit between U+27E6 and U+27E7; the snippet holds no HTML.',
        querystring: ZSearchQuerySchema,
      },
    },
    async (request) => searchArticles(app.ctx, app.content.articles, request.query.q),
  );
}
