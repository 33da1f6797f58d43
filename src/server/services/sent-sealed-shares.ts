import type { z } from 'zod';
import type {
  SnapshotScope,
  ZSentSealedShareInputSchema,
} from '../../domain/clinic/sealed-share-api.js';
import { AppError } from '../../domain/errors.js';
import {
  deleteSentSealedShare,
  insertSentSealedShare,
  listSentSealedShares,
} from '../../db/repositories/sealed-shares.js';
import type { Subject } from '../access/gate.js';
import type { DataContext } from './context.js';

/**
 * Private mode's record, on the device, of each snapshot the person shared, with the token
 * that withdraws it.
 */
export async function rememberSentShare(
  ctx: DataContext,
  subject: Subject,
  share: z.output<typeof ZSentSealedShareInputSchema>,
) {
  await insertSentSealedShare(ctx.db, {
    id: share.id,
    userId: subject.userId,
    removalToken: share.removalToken,
    scopes: share.scopes,
    at: ctx.now(),
    expiresAt: new Date(share.expiresAt),
  });
}

type SentShareRow = Awaited<ReturnType<typeof listSentSealedShares>>[number];

const toSentShare = (row: SentShareRow) => ({
  id: row.id,
  scopes: row.scopes as SnapshotScope[],
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
});

/**
 * The snapshots this device shared, newest first: those past their date too, so the person
 * sees that they ran out, until they remove them from the list.
 */
export async function listSentShares(ctx: DataContext, subject: Subject) {
  const rows = await listSentSealedShares(ctx.db, subject.userId);
  return rows.map((row) => ({ ...toSentShare(row), removalToken: row.removal_token }));
}

/**
 * The same record without the tokens, for the export: a file the person may hand on, and a
 * token withdraws the snapshot from whoever holds it.
 */
export async function sentShareRecordsOf(ctx: DataContext, subject: Subject) {
  return (await listSentSealedShares(ctx.db, subject.userId)).map(toSentShare);
}

export async function forgetSentShare(ctx: DataContext, subject: Subject, id: string) {
  if (!(await deleteSentSealedShare(ctx.db, subject.userId, id))) {
    throw new AppError('not_found', 'You shared no snapshot with that id.');
  }
}
