import { AppError } from '../../domain/errors.js';
import { countHit, findHits } from '../../db/repositories/rate-limit-hits.js';
import { keyedHash } from '../auth/keyed-hash.js';
import type { ServiceContext } from './context.js';

/** ASVS 4.0.3 V2.2.1 allows at most 100 failed attempts an hour per account. */
const failureWindowMs = 3_600_000;

/**
 * Whose failures an attempt counts against: the account (by email, known or not, so the
 * answers do not tell which emails have accounts), or a device that has signed in to it.
 */
export type FailureBucket = { kind: 'account'; email: string } | { kind: 'device'; nonce: string };

function bucketKey(ctx: ServiceContext, bucket: FailureBucket): string {
  const value = bucket.kind === 'account' ? bucket.email : bucket.nonce;
  return keyedHash(ctx.serverKey, `sign-in failures ${bucket.kind}`, value);
}

/** Refuses the attempt before any password is checked once the bucket is full. */
export async function assertAttemptAllowed(ctx: ServiceContext, bucket: FailureBucket) {
  const failures = await findHits(ctx.db, bucketKey(ctx, bucket), ctx.now());
  if (failures >= ctx.config.accountFailureLimit) {
    throw new AppError(
      'rate_limited',
      'Too many failed attempts for this account. Please wait an hour, or sign in on a device you have used with Ketalog before.',
      undefined,
      { reason: 'too-many-sign-in-failures' },
    );
  }
}

export async function countFailure(ctx: ServiceContext, bucket: FailureBucket) {
  await countHit(ctx.db, bucketKey(ctx, bucket), failureWindowMs, ctx.now());
}
