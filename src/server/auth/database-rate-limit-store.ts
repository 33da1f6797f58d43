import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import { countHit, deleteEndedWindows } from '../../db/repositories/rate-limit-hits.js';
import type { ServiceContext } from '../services/context.js';
import { keyedHash } from './keyed-hash.js';

/** At run time the plugin hands its merged options, with the route under `routeInfo`. */
type StoreOptions = { routeInfo?: { method?: string | string[]; url?: string } };
type IncrementCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** Ended windows are swept after this many counted hits, so the table stays small. */
const sweepEveryHits = 500;

/**
 * A store for @fastify/rate-limit that keeps its counters in the database, so every app
 * server on one PostgreSQL enforces the same limit. Each route counts apart; the client key
 * (the IP address) is stored only as a keyed hash.
 */
export function databaseRateLimitStore(ctx: ServiceContext) {
  let hitsSinceSweep = 0;
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly scope: string;

    constructor(given: unknown) {
      const options = given as StoreOptions;
      const method = options.routeInfo?.method;
      this.scope = `${Array.isArray(method) ? method.join(',') : (method ?? '')} ${options.routeInfo?.url ?? ''}`;
    }

    incr(key: string, callback: IncrementCallback, timeWindowMs: number): void {
      const keyHash = keyedHash(ctx.serverKey, `rate-limit ${this.scope}`, key);
      const now = ctx.now();
      countHit(ctx.db, keyHash, timeWindowMs, now).then(
        ({ hits, window_ends_at }) => {
          callback(null, {
            current: hits,
            ttl: Math.max(0, window_ends_at.getTime() - now.getTime()),
          });
          hitsSinceSweep += 1;
          if (hitsSinceSweep >= sweepEveryHits) {
            hitsSinceSweep = 0;
            void deleteEndedWindows(ctx.db, now).catch(() => undefined);
          }
        },
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: unknown) {
      return new DatabaseRateLimitStore(routeOptions);
    }
  };
}
