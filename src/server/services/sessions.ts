import { deleteExpiredShareCodes } from '../../db/repositories/grants.js';
import { deleteExpiredSealedShares } from '../../db/repositories/sealed-shares.js';
import type { Account } from '../../domain/accounts/account.js';
import type { SessionSummary } from '../../domain/accounts/account-api.js';
import { AppError } from '../../domain/errors.js';
import { deleteExpiredPasswordResetTokens } from '../../db/repositories/account-recovery.js';
import { deleteEndedWindows } from '../../db/repositories/rate-limit-hits.js';
import {
  deleteEndedSessions,
  deleteOldestSessionsBeyond,
  deleteSession,
  deleteSessionOfUser,
  deleteSessionsOfUser,
  findUserBySession,
  insertSession,
  listSessionsOfUser,
  touchSession,
} from '../../db/repositories/sessions.js';
import type { UserRow } from '../../db/repositories/users.js';
import { createSessionToken, hashSessionToken } from '../auth/session-token.js';
import type { ServiceContext } from './context.js';
import { toAccount } from './account-view.js';

export type StartedSession = { account: Account; sessionToken: string; expiresAt: Date };

/** Last use is written at most this often, so reads do not each cost a write. */
const touchEveryMs = 60_000;

function idleSince(ctx: ServiceContext, now: Date): Date {
  return new Date(now.getTime() - ctx.config.sessions.idleMinutes * 60_000);
}

/** Opens a session on this device; the person's oldest sessions beyond the cap end. */
export async function startSession(
  ctx: ServiceContext,
  user: UserRow,
  device: string,
): Promise<StartedSession> {
  const sessionToken = createSessionToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ctx.config.sessions.maxHours * 3_600_000);
  await insertSession(ctx.db, {
    tokenHash: hashSessionToken(sessionToken),
    userId: user.id,
    device,
    now,
    expiresAt,
  });
  await deleteOldestSessionsBeyond(ctx.db, user.id, ctx.config.sessions.perPerson);
  return { account: toAccount(user), sessionToken, expiresAt };
}

/** The person behind a live session; using it keeps it from going idle. */
export async function findAccountBySession(
  ctx: ServiceContext,
  sessionToken: string,
): Promise<Account | undefined> {
  const now = ctx.now();
  const tokenHash = hashSessionToken(sessionToken);
  const row = await findUserBySession(ctx.db, tokenHash, now, idleSince(ctx, now));
  if (!row) return undefined;
  if (now.getTime() - row.session_last_used_at.getTime() >= touchEveryMs) {
    await touchSession(ctx.db, tokenHash, now);
  }
  return toAccount(row);
}

export async function listSessions(
  ctx: ServiceContext,
  userId: string,
  currentToken: string | undefined,
): Promise<SessionSummary[]> {
  const currentHash = currentToken && hashSessionToken(currentToken);
  const now = ctx.now();
  const rows = await listSessionsOfUser(ctx.db, userId);
  return rows
    .filter((row) => row.expires_at > now && row.last_used_at > idleSince(ctx, now))
    .map((row) => ({
      id: row.id,
      device: row.device,
      createdAt: row.created_at.toISOString(),
      lastUsedAt: row.last_used_at.toISOString(),
      expiresAt: row.expires_at.toISOString(),
      current: row.token_hash === currentHash,
    }));
}

export async function endSession(ctx: ServiceContext, sessionToken: string): Promise<void> {
  await deleteSession(ctx.db, hashSessionToken(sessionToken));
}

export async function endSessionById(ctx: ServiceContext, userId: string, sessionId: string) {
  if (!(await deleteSessionOfUser(ctx.db, userId, sessionId))) {
    throw new AppError('not_found', 'That session has already ended.', undefined, {
      reason: 'no-session',
    });
  }
}

export async function endEverySession(ctx: ServiceContext, userId: string): Promise<void> {
  await deleteSessionsOfUser(ctx.db, userId);
}

/**
 * Deletes what can never be used again: ended sessions, expired reset links, old counters,
 * unused share codes and sealed snapshots past their date.
 */
export async function purgeEndedRecords(ctx: ServiceContext) {
  const now = ctx.now();
  const sessions = await deleteEndedSessions(ctx.db, now, idleSince(ctx, now));
  const resetTokens = await deleteExpiredPasswordResetTokens(ctx.db, now);
  await deleteEndedWindows(ctx.db, now);
  await deleteExpiredShareCodes(ctx.db, now);
  await deleteExpiredSealedShares(ctx.db, now);
  return { sessions, resetTokens };
}
