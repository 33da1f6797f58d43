import type { SnapshotRequest } from '../../domain/clinic/sealed-share-api.js';
import { snapshotOf } from '../../domain/data-transfer/scoped-export.js';
import type { Subject } from '../access/gate.js';
import type { DataContext } from './context.js';
import { exportPersonData } from './data-export.js';
import { evaluatePersonRisk } from './risk.js';

/**
 * Private mode's side of a sealed share, run on the device: the snapshot of the chosen
 * scopes (the person's export, filtered by the domain).
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
