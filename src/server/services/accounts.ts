import { randomUUID } from 'node:crypto';
import { findPasswordProblem } from '../../domain/accounts/password-strength.js';
import { AppError } from '../../domain/errors.js';
import { replaceRecoveryCodes } from '../../db/repositories/account-recovery.js';
import { deleteSessionsOfUser } from '../../db/repositories/sessions.js';
import {
  deleteUser,
  findUserByEmail,
  findUserById,
  insertUser,
  updateUser,
  type UserRow,
} from '../../db/repositories/users.js';
import { isCommonPassword } from '../auth/common-passwords.js';
import { deviceNonceOf, issueDeviceToken } from '../auth/device-token.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../auth/password-hash.js';
import { createRecoveryCodes, hashRecoveryCode } from '../auth/recovery-code.js';
import { sendAccountNotice } from './account-mail.js';
import type { ServiceContext } from './context.js';
import { signedOut } from './profile.js';
import { startSession, type StartedSession } from './sessions.js';
import { assertAttemptAllowed, countFailure, type FailureBucket } from './sign-in-limits.js';

/** What the server knows of the browser asking: its device name and device token if any. */
export type Client = { device: string; deviceToken: string | undefined };

export type SignedIn = StartedSession & { deviceToken: string };

const invalidCredentials = () =>
  new AppError(
    'invalid_credentials',
    'That email and password do not match an account.',
    undefined,
    {
      reason: 'wrong-sign-in',
    },
  );

export function assertStrongPassword(password: string, email: string, field: string): void {
  const problem = findPasswordProblem(password, { email, isCommon: isCommonPassword });
  if (problem)
    throw new AppError('weak_password', problem.message, [
      { path: field, message: problem.message },
    ]);
}

/** Opens a session and marks this browser as a device the person has signed in on. */
export async function signInDevice(
  ctx: ServiceContext,
  user: UserRow,
  client: Client,
): Promise<SignedIn> {
  const session = await startSession(ctx, user, client.device);
  const deviceToken =
    client.deviceToken && deviceNonceOf(ctx.serverKey, client.deviceToken, user.id)
      ? client.deviceToken
      : issueDeviceToken(ctx.serverKey, user.id);
  return { ...session, deviceToken };
}

/** Makes a person's recovery codes anew; only their hashes are kept. */
export async function issueRecoveryCodes(ctx: ServiceContext, userId: string): Promise<string[]> {
  const codes = createRecoveryCodes();
  await replaceRecoveryCodes(
    ctx.db,
    userId,
    codes.map((code) => hashRecoveryCode(ctx.serverKey, userId, code)),
  );
  return codes;
}

/**
 * Creates an account. For an email that is taken, the same work is done for a stand-in
 * address and then rolled back, so both answers take as long and nothing is written.
 */
export async function signUp(
  ctx: ServiceContext,
  input: { email: string; password: string },
  client: Client,
): Promise<SignedIn & { recoveryCodes: string[] }> {
  assertStrongPassword(input.password, input.email, 'password');
  const passwordHash = await hashPassword(input.password);
  const taken = (await findUserByEmail(ctx.db, input.email)) !== undefined;
  const email = taken ? `${randomUUID()}@stand-in.invalid` : input.email;
  return ctx.db.transaction().execute(async (trx) => {
    const user = await insertUser(trx, { email, passwordHash }).catch((error) => {
      throw isUniqueViolation(error) ? emailTaken() : error;
    });
    const inTransaction = { ...ctx, db: trx };
    const recoveryCodes = await issueRecoveryCodes(inTransaction, user.id);
    const signedIn = await signInDevice(inTransaction, user, client);
    if (taken) throw emailTaken();
    return { ...signedIn, recoveryCodes };
  });
}

function emailTaken() {
  return new AppError(
    'email_taken',
    'An account with this email already exists. Sign in instead.',
    [{ path: 'email', message: 'already registered' }],
  );
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

/**
 * Which failure count an attempt for this email falls under: the device's own when this
 * browser has signed in to the account before, otherwise the account's.
 */
export function failureBucketFor(
  ctx: ServiceContext,
  email: string,
  user: UserRow | undefined,
  client: Client,
): FailureBucket {
  const nonce =
    user && client.deviceToken && deviceNonceOf(ctx.serverKey, client.deviceToken, user.id);
  return nonce ? { kind: 'device', nonce } : { kind: 'account', email };
}

export async function signIn(
  ctx: ServiceContext,
  input: { email: string; password: string },
  client: Client,
): Promise<SignedIn> {
  const user = await findUserByEmail(ctx.db, input.email);
  const bucket = failureBucketFor(ctx, input.email, user, client);
  await assertAttemptAllowed(ctx, bucket);
  const matches = user
    ? await verifyPassword(user.password_hash, input.password)
    : await verifyPassword(await decoyPasswordHash(), input.password);
  if (!user || !matches) {
    await countFailure(ctx, bucket);
    throw invalidCredentials();
  }
  return signInDevice(ctx, user, client);
}

async function requireUserWithPassword(ctx: ServiceContext, userId: string, password: string) {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw signedOut();
  if (!(await verifyPassword(user.password_hash, password))) {
    throw new AppError(
      'invalid_credentials',
      'Your current password is not right.',
      [{ path: 'password', message: 'does not match' }],
      { reason: 'wrong-current-password' },
    );
  }
  return user;
}

/** Changing the password ends every session, then opens a fresh one for this device. */
export async function changePassword(
  ctx: ServiceContext,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  client: Client,
): Promise<SignedIn> {
  const user = await requireUserWithPassword(ctx, userId, input.currentPassword);
  assertStrongPassword(input.newPassword, user.email, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const signedIn = await ctx.db.transaction().execute(async (trx) => {
    const updated = await updateUser(trx, userId, { password_hash: passwordHash });
    await deleteSessionsOfUser(trx, userId);
    return signInDevice({ ...ctx, db: trx }, updated, client);
  });
  sendAccountNotice(ctx, user.email, 'password-changed');
  return signedIn;
}

/** New recovery codes replace the old ones; the password is asked for again first. */
export async function renewRecoveryCodes(
  ctx: ServiceContext,
  userId: string,
  input: { password: string },
): Promise<string[]> {
  const user = await requireUserWithPassword(ctx, userId, input.password);
  const codes = await issueRecoveryCodes(ctx, userId);
  sendAccountNotice(ctx, user.email, 'recovery-codes');
  return codes;
}

/** Deletes the account and, through foreign keys, every row of the person's data. */
export async function deleteAccount(
  ctx: ServiceContext,
  userId: string,
  input: { password: string },
): Promise<void> {
  await requireUserWithPassword(ctx, userId, input.password);
  await deleteUser(ctx.db, userId);
}
