import { createHash } from 'node:crypto';
import { AppError } from '../../domain/errors.js';
import { countHit } from '../../db/repositories/rate-limit-hits.js';
import type { ServiceContext } from './context.js';

/**
 * Each account may write at most `maxWrites` times per window, counted in the database so
 * every app server shares the count. Far above what a person logs by hand; it stops a
 * script from filling the database.
 */
export async function consumeWriteQuota(ctx: ServiceContext, userId: string): Promise<void> {
  const { maxWrites, windowMinutes } = ctx.config.writeQuota;
  const keyHash = createHash('sha256').update(`write-quota\n${userId}`).digest('base64url');
  const now = ctx.now();
  const { hits, window_ends_at } = await countHit(ctx.db, keyHash, windowMinutes * 60_000, now);
  if (hits <= maxWrites) return;
  const minutesLeft = Math.max(1, Math.ceil((window_ends_at.getTime() - now.getTime()) / 60_000));
  throw new AppError(
    'rate_limited',
    `You have saved ${maxWrites} changes in the last ${windowMinutes} minutes, the most this ` +
      `server accepts. Nothing was saved this time; please try again in ${minutesLeft} minute(s).`,
    undefined,
    { reason: 'write-quota', params: { maxWrites, windowMinutes, count: minutesLeft } },
  );
}
