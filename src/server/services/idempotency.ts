import { createHash } from 'node:crypto';
import { AppError } from '../../domain/errors.js';
import {
  deleteIdempotencyKeysBefore,
  findIdempotentAnswer,
  storeIdempotentAnswer,
} from '../../db/repositories/idempotency-keys.js';
import type { ServiceContext } from './context.js';

/** How long a key is remembered: long enough for any retry, short enough to keep little. */
export const idempotencyKeyLifetimeMs = 24 * 60 * 60 * 1000;

export type WriteAnswer = { statusCode: number; response: unknown };

export type IdempotentRequest = {
  userId: string;
  key: string | undefined;
  /** What was asked (route, parameters, body): the same key with another request is refused. */
  request: unknown;
};

/**
 * Runs a write once per Idempotency-Key: the first answer is stored with the write, in one
 * transaction, and a retry with the same key and request gets that answer again without
 * writing. Without a key the write simply runs.
 */
export async function writeOnce(
  ctx: ServiceContext,
  { userId, key, request }: IdempotentRequest,
  write: (ctx: ServiceContext) => Promise<WriteAnswer>,
): Promise<WriteAnswer> {
  if (key === undefined) return write(ctx);
  const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('base64url');
  const now = ctx.now();
  const notBefore = new Date(now.getTime() - idempotencyKeyLifetimeMs);
  return ctx.db.transaction().execute(async (trx) => {
    await deleteIdempotencyKeysBefore(trx, userId, notBefore);
    const earlier = await findIdempotentAnswer(trx, userId, key);
    if (earlier) {
      if (earlier.requestHash !== requestHash) throw keyReused();
      return { statusCode: earlier.statusCode, response: earlier.response };
    }
    const answer = await write({ ...ctx, db: trx });
    const stored = await storeIdempotentAnswer(trx, userId, key, { requestHash, ...answer }, now);
    // Another server stored this key first: roll this write back; a retry gets its answer.
    if (!stored) {
      throw new AppError(
        'conflict',
        'A request with this Idempotency-Key is already being handled. Try again in a moment.',
      );
    }
    return answer;
  });
}

const keyReused = () =>
  new AppError(
    'conflict',
    'This Idempotency-Key was already used for a different request. Send a new key with each new entry.',
    [{ path: 'Idempotency-Key', message: 'already used for a different request' }],
  );
