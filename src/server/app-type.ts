import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DatabaseKind } from '../db/create-db.js';
import type { LocalizedContent } from './content/load-content.js';
import type { ServiceContext } from './services/context.js';

/** The Fastify instance with zod types, as every route module receives it. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export type RouteSummary = { method: string; url: string };

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: readonly RouteSummary[];
    ctx: ServiceContext;
    databaseKind: DatabaseKind;
    content: LocalizedContent;
  }
}
