import { randomBytes } from 'node:crypto';
import { AppError } from '../../domain/errors.js';
import {
  consumePasswordResetToken,
  deletePasswordResetTokensOfUser,
  deleteRecoveryCode,
  insertPasswordResetToken,
  listRecoveryCodeHashes,
} from '../../db/repositories/account-recovery.js';
import { deleteSessionsOfUser } from '../../db/repositories/sessions.js';
import { findUserByEmail, findUserById, updateUser } from '../../db/repositories/users.js';
import { hashPassword } from '../auth/password-hash.js';
import { recoveryCodeMatches } from '../auth/recovery-code.js';
import { hashSessionToken } from '../auth/session-token.js';
import {
  assertStrongPassword,
  failureBucketFor,
  signInDevice,
  type Client,
  type SignedIn,
} from './accounts.js';
import { sendAccountMail, sendAccountNotice } from './account-mail.js';
import type { ServiceContext } from './context.js';
import { assertAttemptAllowed, countFailure } from './sign-in-limits.js';

/** A reset link works once, for this long (ASVS V2.7.2: out-of-band tokens expire in 10 minutes). */
const resetLinkMinutes = 10;

export type ResetInput =
  | { email: string; recoveryCode: string; newPassword: string }
  | { token: string; newPassword: string };

export function recoveryOptions(ctx: ServiceContext) {
  return { emailLink: ctx.config.mail !== undefined };
}

/**
 * Emails a reset link when the email has an account. The answer is the same either way and
 * does not wait for the mail server, so it tells nothing about who has an account.
 */
export async function requestResetEmail(ctx: ServiceContext, email: string): Promise<void> {
  const { mail, publicUrl } = ctx.config;
  if (!mail || !publicUrl) {
    throw new AppError(
      'not_found',
      'Reset by email is not set up here. Use a recovery code.',
      undefined,
      { reason: 'reset-by-email-off' },
    );
  }
  const user = await findUserByEmail(ctx.db, email);
  if (!user) return;
  const token = randomBytes(32).toString('base64url');
  await insertPasswordResetToken(ctx.db, {
    tokenHash: hashSessionToken(token),
    userId: user.id,
    expiresAt: new Date(ctx.now().getTime() + resetLinkMinutes * 60_000),
  });
  // In the fragment, which browsers never send, so the token stays out of access logs.
  const link = new URL(`/reset-password#token=${token}`, publicUrl).href;
  sendAccountMail(ctx, user.email, {
    subject: 'Reset your Ketalog password',
    text: [
      'Someone asked to reset the password of your Ketalog account.',
      `To choose a new password, open this link within ${resetLinkMinutes} minutes:`,
      '',
      link,
      '',
      'If it was not you, ignore this email: your password stays as it is.',
    ].join('\n'),
  });
}

const invalidCode = () =>
  new AppError(
    'invalid_credentials',
    'That email and recovery code do not match.',
    [{ path: 'recoveryCode', message: 'does not match' }],
    { reason: 'wrong-recovery-code' },
  );
const invalidLink = () =>
  new AppError(
    'invalid_credentials',
    'This reset link has expired or was already used. Please ask for a new one.',
    undefined,
    { reason: 'expired-reset-link' },
  );

/**
 * Sets a new password with a recovery code or an emailed token, each usable once. Every
 * session of the account ends; this device gets a fresh one.
 */
export async function resetPassword(
  ctx: ServiceContext,
  input: ResetInput,
  client: Client,
): Promise<SignedIn> {
  const signedIn =
    'email' in input
      ? await resetWithRecoveryCode(ctx, input, client)
      : await resetWithEmailedToken(ctx, input, client);
  sendAccountNotice(ctx, signedIn.account.email, 'password-reset');
  return signedIn;
}

async function resetWithEmailedToken(
  ctx: ServiceContext,
  input: { token: string; newPassword: string },
  client: Client,
): Promise<SignedIn> {
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction().execute(async (trx) => {
    const userId = await consumePasswordResetToken(trx, hashSessionToken(input.token), ctx.now());
    const user = userId && (await findUserById(trx, userId));
    if (!user) throw invalidLink();
    // A weak choice throws here and rolls back, so the link still works for a second try.
    assertStrongPassword(input.newPassword, user.email, 'newPassword');
    return setPassword({ ...ctx, db: trx }, user.id, passwordHash, client);
  });
}

async function resetWithRecoveryCode(
  ctx: ServiceContext,
  input: { email: string; recoveryCode: string; newPassword: string },
  client: Client,
): Promise<SignedIn> {
  const user = await findUserByEmail(ctx.db, input.email);
  const bucket = failureBucketFor(ctx, input.email, user, client);
  await assertAttemptAllowed(ctx, bucket);
  assertStrongPassword(input.newPassword, input.email, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const signedIn =
    user &&
    (await ctx.db.transaction().execute(async (trx) => {
      const stored = await listRecoveryCodeHashes(trx, user.id);
      const match = stored.find((hash) =>
        recoveryCodeMatches(ctx.serverKey, user.id, input.recoveryCode, hash),
      );
      if (!match || !(await deleteRecoveryCode(trx, user.id, match))) return undefined;
      return setPassword({ ...ctx, db: trx }, user.id, passwordHash, client);
    }));
  if (!signedIn) {
    await countFailure(ctx, bucket);
    throw invalidCode();
  }
  return signedIn;
}

async function setPassword(
  ctx: ServiceContext,
  userId: string,
  passwordHash: string,
  client: Client,
): Promise<SignedIn> {
  const updated = await updateUser(ctx.db, userId, { password_hash: passwordHash });
  await deleteSessionsOfUser(ctx.db, userId);
  await deletePasswordResetTokensOfUser(ctx.db, userId);
  return signInDevice(ctx, updated, client);
}
