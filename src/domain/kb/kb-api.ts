import { z } from 'zod';
import { audiences, referenceKinds } from './article-schema.js';
import { maxSearchTextLength } from './search-terms.js';

/** Requests and answers of the knowledge-base routes. */

export const ZArticleListQuerySchema = z.object({ audience: z.enum(audiences).optional() });
export const ZArticleParamsSchema = z.object({ slug: z.string().min(1).max(120) });
export const ZSearchQuerySchema = z.object({ q: z.string().max(maxSearchTextLength) });

export const ZArticleSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  audience: z.array(z.enum(audiences)),
  tags: z.array(z.string()),
  lastReviewed: z.string(),
});
export type ArticleSummary = z.infer<typeof ZArticleSummarySchema>;
export const ZArticleListSchema = z.object({ articles: z.array(ZArticleSummarySchema) });

export const ZArticleResponseSchema = z.object({
  article: ZArticleSummarySchema.extend({
    references: z.array(
      z.object({
        id: z.string(),
        citation: z.string(),
        kind: z.enum(referenceKinds),
        value: z.string(),
      }),
    ),
    /** Markdown, with `[ref:id]` markers that point at `references`. */
    body: z.string(),
  }),
});

export const ZKbSearchAnswerSchema = z.object({
  results: z.array(z.object({ slug: z.string(), title: z.string(), snippet: z.string() })),
  /** The question was about a combination, so the checker is worth offering. */
  offerChecker: z.boolean(),
});
export type KbSearchAnswer = z.infer<typeof ZKbSearchAnswerSchema>;
