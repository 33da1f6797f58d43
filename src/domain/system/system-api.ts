import { z } from 'zod';

/** Answers of the routes about the service itself. */
export const ZHealthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

/** The OpenAPI 3 document of this API (the same as docs/openapi.json). */
export const ZOpenApiDocumentSchema = z.looseObject({
  openapi: z.string().optional(),
  info: z.unknown(),
  paths: z.unknown().optional(),
});

/** The readable API reference, an HTML page. */
export const ZApiReferencePageSchema = z.string().describe('An HTML page');
