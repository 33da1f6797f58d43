import { randomInt } from 'node:crypto';
import {
  SHARE_CODE_UNUSED_DAYS,
  type ShareCodeInput,
  type ShareScope,
} from '../../domain/clinic/clinic-api.js';
import { makeCode, normalizeCode } from '../../domain/clinic/share-code.js';
import { AppError } from '../../domain/errors.js';
import { findUserById } from '../../db/repositories/users.js';
import {
  insertShareCode,
  replaceGrant,
  revokeGrant as revokeGrantRow,
  takeShareCode,
} from '../../db/repositories/grants.js';
import type { Actor, Subject } from '../access/gate.js';
import { keyedHash } from '../auth/keyed-hash.js';
import type { ServiceContext } from './context.js';

const dayMs = 86_400_000;

/** Share and join codes are kept only as keyed hashes: a database copy holds no usable code. */
export function hashCode(ctx: Pick<ServiceContext, 'serverKey'>, purpose: string, code: string) {
  return keyedHash(ctx.serverKey, purpose, normalizeCode(code));
}

export const newCode = () => makeCode((size) => randomInt(size));

/** A single-use code that hands the chosen scopes, for the chosen length, to whoever redeems it. */
export async function createShareCode(
  ctx: ServiceContext,
  subject: Subject,
  input: ShareCodeInput,
) {
  const code = newCode();
  const at = ctx.now();
  const expiresAt = new Date(at.getTime() + SHARE_CODE_UNUSED_DAYS * dayMs);
  await insertShareCode(ctx.db, {
    codeHash: hashCode(ctx, 'share-code', code),
    userId: subject.userId,
    scopes: input.scopes,
    days: input.days,
    at,
    expiresAt,
  });
  return { code, scopes: input.scopes, days: input.days, expiresAt: expiresAt.toISOString() };
}

const codeRefused = () =>
  new AppError(
    'not_found',
    'That code does not work: it may be mistyped, already used, or older than 7 days. Ask for a new one.',
    undefined,
    { reason: 'share-code-refused' },
  );

/**
 * Uses up a share code and makes the grant it promised to the clinic or the supporter. The
 * code is taken first, so two redeemers racing for it cannot both succeed.
 */
export async function redeemGrantFor(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  recipient: { clinicId: string } | { supporterId: string },
) {
  const grant = await ctx.db.transaction().execute(async (db) => {
    const at = ctx.now();
    const shared = await takeShareCode(db, hashCode(ctx, 'share-code', code), at);
    if (!shared) throw codeRefused();
    if (shared.user_id === actor.id) {
      throw new AppError(
        'bad_request',
        'This is your own code: give it to your clinic or supporter.',
        undefined,
        { reason: 'own-share-code' },
      );
    }
    const scopes = shared.scopes as ShareScope[];
    if ('supporterId' in recipient && scopes.some((scope) => scope !== 'summary')) {
      throw new AppError(
        'forbidden',
        'This code shares more than a summary, so only a clinic can use it. Ask for a summary-only code.',
        undefined,
        { reason: 'summary-only-for-supporters' },
      );
    }
    return replaceGrant(db, {
      userId: shared.user_id,
      recipient,
      scopes,
      at,
      endsAt: new Date(at.getTime() + shared.days * dayMs),
    });
  });
  const person = await findUserById(ctx.db, grant.user_id);
  return {
    id: grant.user_id,
    name: person?.display_name ?? person?.email ?? '',
    scopes: grant.scopes as ShareScope[],
    grantEndsAt: grant.ends_at.toISOString(),
  };
}

/** Only the person ends a grant; the clinic or supporter loses access at once. */
export async function revokeGrant(ctx: ServiceContext, subject: Subject, grantId: string) {
  if (!(await revokeGrantRow(ctx.db, subject.userId, grantId, ctx.now()))) {
    throw new AppError('not_found', 'You have no sharing in force with that id.');
  }
}
