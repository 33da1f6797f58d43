import type { Executor } from './users.js';

export function insertSession(
  db: Executor,
  session: { tokenHash: string; userId: string; device: string; now: Date; expiresAt: Date },
) {
  return db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      device: session.device,
      created_at: session.now,
      last_used_at: session.now,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** Keeps a person's newest `keep` sessions and ends the rest. */
export function deleteOldestSessionsBeyond(db: Executor, userId: string, keep: number) {
  return db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where(
      'token_hash',
      'not in',
      db
        .selectFrom('sessions')
        .select('token_hash')
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('token_hash')
        .limit(keep),
    )
    .execute();
}

/** The user behind a session that is neither past its lifetime nor idle since `idleSince`. */
export function findUserBySession(db: Executor, tokenHash: string, now: Date, idleSince: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select('sessions.last_used_at as session_last_used_at')
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .where('sessions.last_used_at', '>', idleSince)
    .executeTakeFirst();
}

export function touchSession(db: Executor, tokenHash: string, now: Date) {
  return db
    .updateTable('sessions')
    .set({ last_used_at: now })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export function listSessionsOfUser(db: Executor, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'token_hash', 'device', 'created_at', 'last_used_at', 'expires_at'])
    .where('user_id', '=', userId)
    .orderBy('last_used_at', 'desc')
    .execute();
}

export function deleteSession(db: Executor, tokenHash: string) {
  return db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Ends one of a person's sessions by its id; false when they have no such session. */
export async function deleteSessionOfUser(db: Executor, userId: string, sessionId: string) {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function deleteSessionsOfUser(db: Executor, userId: string) {
  return db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Sessions past their lifetime or idle for too long; they could never be used again. */
export async function deleteEndedSessions(db: Executor, now: Date, idleSince: Date) {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_used_at', '<=', idleSince)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
