import type { z } from 'zod';
import type {
  SnapshotRequest,
  SnapshotScope,
  ZSentSealedShareInputSchema,
} from '../../domain/clinic/sealed-share-api.js';
import { snapshotOf } from '../../domain/data-transfer/scoped-export.js';
import { AppError } from '../../domain/errors.js';
import {
  deleteSentSealedShare,
  insertSentSealedShare,
  listSentSealedShares,
} from '../../db/repositories/sealed-shares.js';
import type { Subject } from '../access/gate.js';
import type { DataContext } from './context.js';
import { exportPersonData } from './data-export.js';
import { evaluatePersonRisk } from './risk.js';

/**
 * Private mode's side of a sealed share, run on the device: the snapshot of the chosen
 * scopes (the person's export, filtered by the domain), and the person's own record of each
 * snapshot they shared, with the token that withdraws it.
 */
export async function snapshotForClinic(
  ctx: DataContext,
  subject: Subject,
  request: Pick<SnapshotRequest, 'scopes'>,
  appVersion: string,
) {
  const [file, risk] = await Promise.all([
    exportPersonData(ctx, subject, appVersion),
    request.scopes.includes('risk') ? evaluatePersonRisk(ctx, subject) : null,
  ]);
  return snapshotOf(file, request.scopes, risk);
}

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

/**
 * The snapshots this device shared, newest first: those past their date too, so the person
 * sees that they ran out, until they remove them from the list.
 */
export async function listSentShares(ctx: DataContext, subject: Subject) {
  const rows = await listSentSealedShares(ctx.db, subject.userId);
  return rows.map((row) => ({
    id: row.id,
    removalToken: row.removal_token,
    scopes: row.scopes as SnapshotScope[],
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
  }));
}

export async function forgetSentShare(ctx: DataContext, subject: Subject, id: string) {
  if (!(await deleteSentSealedShare(ctx.db, subject.userId, id))) {
    throw new AppError('not_found', 'You shared no snapshot with that id.');
  }
}
