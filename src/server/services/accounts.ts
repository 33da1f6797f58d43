import { type Account, type Profile } from '../../domain/accounts/account.js';
import { findPasswordProblem } from '../../domain/accounts/password-strength.js';
import { AppError } from '../../domain/errors.js';
import {
  deleteSession,
  deleteSessionsOfUser,
  findUserBySession,
  insertSession,
} from '../../db/repositories/sessions.js';
import {
  deleteUser,
  findUserByEmail,
  findUserById,
  insertUser,
  updateUser,
  type UserRow,
} from '../../db/repositories/users.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../auth/password-hash.js';
import { createSessionToken, hashSessionToken } from '../auth/session-token.js';
import type { ServiceContext } from './context.js';

export type SignedIn = { account: Account; sessionToken: string; expiresAt: Date };

const invalidCredentials = () =>
  new AppError('invalid_credentials', 'That email and password do not match an account.');

export function toAccount(row: UserRow): Account {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    profile: {
      displayName: row.display_name,
      country: row.country,
      timeZone: row.time_zone,
      weightKg: row.weight_kg,
    },
    createdAt: row.created_at.toISOString(),
  };
}

function assertStrongPassword(password: string, email: string, field: string): void {
  const problem = findPasswordProblem(password, email);
  if (problem)
    throw new AppError('weak_password', problem.message, [
      { path: field, message: problem.message },
    ]);
}

export async function signUp(
  ctx: ServiceContext,
  input: { email: string; password: string },
): Promise<SignedIn> {
  assertStrongPassword(input.password, input.email, 'password');
  if (await findUserByEmail(ctx.db, input.email)) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  const user = await insertUser(ctx.db, { email: input.email, passwordHash }).catch((error) => {
    throw isUniqueViolation(error) ? emailTaken() : error;
  });
  return startSession(ctx, user);
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

export async function signIn(
  ctx: ServiceContext,
  input: { email: string; password: string },
): Promise<SignedIn> {
  const user = await findUserByEmail(ctx.db, input.email);
  if (!user) {
    await verifyPassword(await decoyPasswordHash(), input.password);
    throw invalidCredentials();
  }
  if (!(await verifyPassword(user.password_hash, input.password))) throw invalidCredentials();
  return startSession(ctx, user);
}

async function startSession(ctx: ServiceContext, user: UserRow): Promise<SignedIn> {
  const sessionToken = createSessionToken();
  const expiresAt = new Date(ctx.now().getTime() + ctx.config.sessionDays * 86_400_000);
  await insertSession(ctx.db, {
    tokenHash: hashSessionToken(sessionToken),
    userId: user.id,
    expiresAt,
  });
  return { account: toAccount(user), sessionToken, expiresAt };
}

export async function signOut(ctx: ServiceContext, sessionToken: string): Promise<void> {
  await deleteSession(ctx.db, hashSessionToken(sessionToken));
}

export async function findAccountBySession(
  ctx: ServiceContext,
  sessionToken: string,
): Promise<Account | undefined> {
  const user = await findUserBySession(ctx.db, hashSessionToken(sessionToken), ctx.now());
  return user && toAccount(user);
}

async function requireUserWithPassword(ctx: ServiceContext, userId: string, password: string) {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw new AppError('unauthenticated', 'Please sign in again.');
  if (!(await verifyPassword(user.password_hash, password))) {
    throw new AppError('invalid_credentials', 'Your current password is not right.', [
      { path: 'password', message: 'does not match' },
    ]);
  }
  return user;
}

/** Changing the password ends every session, then opens a fresh one for this device. */
export async function changePassword(
  ctx: ServiceContext,
  userId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<SignedIn> {
  const user = await requireUserWithPassword(ctx, userId, input.currentPassword);
  assertStrongPassword(input.newPassword, user.email, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction().execute(async (trx) => {
    const updated = await updateUser(trx, userId, { password_hash: passwordHash });
    await deleteSessionsOfUser(trx, userId);
    return startSession({ ...ctx, db: trx }, updated);
  });
}

export async function updateProfile(
  ctx: ServiceContext,
  userId: string,
  changes: Partial<Profile>,
): Promise<Account> {
  const columns = {
    ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
    ...(changes.country !== undefined ? { country: changes.country } : {}),
    ...(changes.timeZone !== undefined ? { time_zone: changes.timeZone } : {}),
    ...(changes.weightKg !== undefined ? { weight_kg: changes.weightKg } : {}),
  };
  if (Object.keys(columns).length === 0) return getAccount(ctx, userId);
  return toAccount(await updateUser(ctx.db, userId, columns));
}

export async function getAccount(ctx: ServiceContext, userId: string): Promise<Account> {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw new AppError('unauthenticated', 'Please sign in again.');
  return toAccount(user);
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
