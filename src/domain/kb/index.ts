export { ZArticleSchema, audiences, referenceKinds, ZReferenceSchema } from './article-schema.js';
export type { Article, Audience, Reference, ReferenceKind } from './article-schema.js';
export { findCitationMarkers } from './find-citation-markers.js';
export type { CitationMarker } from './find-citation-markers.js';
export { parseArticle } from './parse-article.js';
export { parseFrontMatter } from './parse-front-matter.js';
export type { FrontMatter, FrontMatterResult, FrontMatterValue } from './parse-front-matter.js';
