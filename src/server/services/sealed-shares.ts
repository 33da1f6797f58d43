import { randomBytes } from 'node:crypto';
import type { SEALED_SHARE_DAYS } from '../../domain/clinic/sealed-share-api.js';
import type {
  SealedShareCreated,
  SealedShareStatus,
} from '../../domain/clinic/sealed-share-api.js';
import { AppError } from '../../domain/errors.js';
import {
  deleteSealedShare,
  findSealedShareStatus,
  insertSealedShare,
} from '../../db/repositories/sealed-shares.js';
import { keyedHash } from '../auth/keyed-hash.js';
import type { ServiceContext } from './context.js';

const dayMs = 86_400_000;
const tokenHash = (ctx: ServiceContext, token: string) =>
  keyedHash(ctx.serverKey, 'sealed-share-removal', token);

/**
 * Keeps ciphertext from private mode for `days`. No account: the server learns when, how
 * big and from which address, never whose data or what it says. The removal token is kept
 * only as a keyed hash.
 */
export async function storeSealedShare(
  ctx: ServiceContext,
  input: { ciphertext: string; days: (typeof SEALED_SHARE_DAYS)[number] },
): Promise<SealedShareCreated> {
  const removalToken = randomBytes(32).toString('base64url');
  const at = ctx.now();
  const row = await insertSealedShare(ctx.db, {
    ciphertext: input.ciphertext,
    removalTokenHash: tokenHash(ctx, removalToken),
    at,
    expiresAt: new Date(at.getTime() + input.days * dayMs),
  });
  return { id: row.id, removalToken, expiresAt: row.expires_at.toISOString() };
}

/** A wrong token and a missing id look alike: neither says whether the id exists. */
const noSuchShare = () =>
  new AppError(
    'not_found',
    'There is no snapshot with that id and removal token (it may have been withdrawn or run out).',
    undefined,
    { reason: 'snapshot-gone' },
  );

/** The maker withdraws a snapshot with its token. */
export async function removeSealedShare(ctx: ServiceContext, id: string, removalToken: string) {
  if (!(await deleteSealedShare(ctx.db, id, tokenHash(ctx, removalToken)))) throw noSuchShare();
}

/**
 * The maker asks, with its token, whether a clinic opened the snapshot. The answer holds
 * only what the token's holder already gave away: which clinic has it, and since when.
 */
export async function sealedShareStatus(
  ctx: ServiceContext,
  id: string,
  removalToken: string,
): Promise<SealedShareStatus> {
  const share = await findSealedShareStatus(ctx.db, id, tokenHash(ctx, removalToken));
  if (!share) throw noSuchShare();
  // Past its date it is gone for the clinic too, even before the hourly purge removes it.
  if (share.expires_at <= ctx.now()) return { status: 'expired' };
  if (share.claimed_at === null || share.clinic_name === null) return { status: 'not-opened' };
  return {
    status: 'opened',
    openedAt: share.claimed_at.toISOString(),
    clinic: { name: share.clinic_name },
  };
}

/** The ciphertext as the gate handed it to the clinic. */
export const toSealedShare = (share: {
  ciphertext: string;
  created_at: Date;
  expires_at: Date;
}) => ({
  ciphertext: share.ciphertext,
  createdAt: share.created_at.toISOString(),
  expiresAt: share.expires_at.toISOString(),
});
