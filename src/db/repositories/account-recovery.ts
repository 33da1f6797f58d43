import type { Executor } from './users.js';

/** Replaces a person's recovery codes with new ones (hashes only). */
export async function replaceRecoveryCodes(db: Executor, userId: string, codeHashes: string[]) {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (codeHashes.length === 0) return;
  await db
    .insertInto('recovery_codes')
    .values(codeHashes.map((code_hash) => ({ code_hash, user_id: userId })))
    .execute();
}

export async function listRecoveryCodeHashes(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('recovery_codes')
    .select('code_hash')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((row) => row.code_hash);
}

/** Uses up one recovery code; false when it was already used (by a concurrent request too). */
export async function deleteRecoveryCode(db: Executor, userId: string, codeHash: string) {
  const result = await db
    .deleteFrom('recovery_codes')
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function insertPasswordResetToken(
  db: Executor,
  token: { tokenHash: string; userId: string; expiresAt: Date },
) {
  return db
    .insertInto('password_reset_tokens')
    .values({ token_hash: token.tokenHash, user_id: token.userId, expires_at: token.expiresAt })
    .execute();
}

/** Uses up a reset token that has not expired, returning whose it was. */
export async function consumePasswordResetToken(db: Executor, tokenHash: string, now: Date) {
  const row = await db
    .deleteFrom('password_reset_tokens')
    .where('token_hash', '=', tokenHash)
    .returning(['user_id', 'expires_at'])
    .executeTakeFirst();
  return row && row.expires_at > now ? row.user_id : undefined;
}

export function deletePasswordResetTokensOfUser(db: Executor, userId: string) {
  return db.deleteFrom('password_reset_tokens').where('user_id', '=', userId).execute();
}

export async function deleteExpiredPasswordResetTokens(db: Executor, now: Date) {
  const result = await db
    .deleteFrom('password_reset_tokens')
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
