import { jsonb } from '../jsonb.js';
import type { Executor } from './users.js';

export function insertSealedShare(
  db: Executor,
  share: { ciphertext: string; removalTokenHash: string; at: Date; expiresAt: Date },
) {
  return db
    .insertInto('sealed_shares')
    .values({
      ciphertext: share.ciphertext,
      removal_token_hash: share.removalTokenHash,
      created_at: share.at,
      expires_at: share.expiresAt,
    })
    .returning(['id', 'expires_at'])
    .executeTakeFirstOrThrow();
}

/**
 * The share for `clinicId`: unclaimed ones are claimed by it here, in the same statement, so
 * two clinics opening one link at once cannot both have it. Undefined when it is gone, past
 * its date or another clinic's.
 */
export function claimSealedShare(db: Executor, id: string, clinicId: string, now: Date) {
  return db
    .updateTable('sealed_shares')
    .set((eb) => ({
      clinic_id: clinicId,
      claimed_at: eb.fn.coalesce('claimed_at', eb.val(now)),
    }))
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .where((eb) => eb.or([eb('clinic_id', 'is', null), eb('clinic_id', '=', clinicId)]))
    .returning(['ciphertext', 'created_at', 'expires_at'])
    .executeTakeFirst();
}

export function insertSealedShareOpening(
  db: Executor,
  opening: { shareId: string; clinicId: string; actorId: string; at: Date },
) {
  return db
    .insertInto('sealed_share_openings')
    .values({
      share_id: opening.shareId,
      clinic_id: opening.clinicId,
      actor_id: opening.actorId,
      at: opening.at,
    })
    .execute();
}

/** Removes the share if the token's hash matches; false when nothing was removed. */
export async function deleteSealedShare(db: Executor, id: string, removalTokenHash: string) {
  const removed = await db
    .deleteFrom('sealed_shares')
    .where('id', '=', id)
    .where('removal_token_hash', '=', removalTokenHash)
    .executeTakeFirst();
  return removed.numDeletedRows > 0n;
}

/**
 * What the maker may know of its share, if the token's hash matches: its date, and the
 * clinic that claimed it (its name now) and when. Undefined for a wrong token or no share.
 */
export function findSealedShareStatus(db: Executor, id: string, removalTokenHash: string) {
  return db
    .selectFrom('sealed_shares')
    .leftJoin('clinics', 'clinics.id', 'sealed_shares.clinic_id')
    .select(['sealed_shares.expires_at', 'sealed_shares.claimed_at', 'clinics.name as clinic_name'])
    .where('sealed_shares.id', '=', id)
    .where('sealed_shares.removal_token_hash', '=', removalTokenHash)
    .executeTakeFirst();
}

/** Shares past their date; the hourly purge removes them (and their openings with them). */
export function deleteExpiredSealedShares(db: Executor, now: Date) {
  return db.deleteFrom('sealed_shares').where('expires_at', '<=', now).execute();
}

export function insertSentSealedShare(
  db: Executor,
  share: {
    id: string;
    userId: string;
    removalToken: string;
    scopes: string[];
    at: Date;
    expiresAt: Date;
  },
) {
  return db
    .insertInto('sent_sealed_shares')
    .values({
      id: share.id,
      user_id: share.userId,
      removal_token: share.removalToken,
      scopes: jsonb(share.scopes),
      created_at: share.at,
      expires_at: share.expiresAt,
    })
    .execute();
}

export function listSentSealedShares(db: Executor, userId: string) {
  return db
    .selectFrom('sent_sealed_shares')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

export function deleteSentSealedShare(db: Executor, userId: string, id: string) {
  return db
    .deleteFrom('sent_sealed_shares')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .returning('removal_token')
    .executeTakeFirst();
}
