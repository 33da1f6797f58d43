import { listGrantsOf } from '../../db/repositories/grants.js';
import type { Grant, ShareScope } from '../../domain/clinic/clinic-api.js';
import type { Subject } from '../access/gate.js';
import type { DataContext } from './context.js';

/**
 * The person's sharing grants, ended ones included. Apart from sharing.ts (which needs Node's
 * crypto for codes) so that the export can run on the device in private mode too.
 */
export async function listGrants(ctx: DataContext, subject: Subject): Promise<Grant[]> {
  const now = ctx.now();
  return (await listGrantsOf(ctx.db, subject.userId)).map((row) => ({
    id: row.id,
    recipient: row.clinic_id
      ? { kind: 'clinic' as const, clinicId: row.clinic_id, name: row.clinic_name ?? '' }
      : { kind: 'supporter' as const, name: row.supporter_name ?? '' },
    scopes: row.scopes as ShareScope[],
    createdAt: row.created_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
    active: row.revoked_at === null && row.ends_at > now,
  }));
}
