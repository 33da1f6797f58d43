import { withErrors } from '../../domain/api-responses.js';
import {
  ZArticleListQuerySchema,
  ZArticleListSchema,
  ZArticleParamsSchema,
  ZArticleResponseSchema,
  ZKbSearchAnswerSchema,
  ZSearchQuerySchema,
} from '../../domain/kb/kb-api.js';
import { findArticle, listArticles, searchArticles } from '../services/kb.js';
import type { App } from '../app-type.js';
import { contentFor } from './request-content.js';

export function registerKbRoutes(app: App) {
  app.get(
    '/api/kb/articles',
    {
      schema: {
        tags: ['learn'],
        summary: 'Knowledge-base articles (slug, title, summary, audience, tags, last reviewed)',
        querystring: ZArticleListQuerySchema,
        response: withErrors({ 200: ZArticleListSchema }),
      },
    },
    async (request) => ({
      articles: listArticles(contentFor(app, request).articles, request.query.audience),
    }),
  );

  app.get(
    '/api/kb/articles/:slug',
    {
      schema: {
        tags: ['learn'],
        summary: 'One article with its Markdown body and references',
        params: ZArticleParamsSchema,
        response: withErrors({ 200: ZArticleResponseSchema }),
      },
    },
    async (request) => ({
      article: findArticle(contentFor(app, request).articles, request.params.slug),
    }),
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
        response: withErrors({ 200: ZKbSearchAnswerSchema }),
      },
    },
    async (request) => searchArticles(app.ctx, contentFor(app, request).articles, request.query.q),
  );
}
