import { listNotes } from '../../db/repositories/clinics.js';
import { listAccessLog, listGrantsOf } from '../../db/repositories/grants.js';
import type { Grant, ShareScope } from '../../domain/clinic/clinic-api.js';
import type { Subject } from '../access/gate.js';
import type { DataContext } from './context.js';

/*
 * What the person's sharing left on record: their grants, who looked under them, and the
 * notes clinicians wrote. Apart from sharing.ts (which needs Node's crypto for codes) so that
 * the export can run on the device in private mode too.
 */

/** The person's sharing grants, ended ones included. */
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

/** Who looked at what under the person's grants, newest first: the `limit` latest, or all. */
export async function accessLogOf(ctx: DataContext, subject: Subject, limit: number | null) {
  const rows = await listAccessLog(ctx.db, subject.userId, limit);
  return rows.map((row) => ({
    at: row.at.toISOString(),
    who: row.actor_name ?? 'A former clinician or supporter',
    clinic: row.clinic_name,
    what: row.scope,
  }));
}

/** Clinicians' notes about the subject: every clinic's for the person, one clinic's for it. */
export async function notesAbout(ctx: DataContext, subject: Subject, clinicId?: string) {
  return (await listNotes(ctx.db, subject.userId, clinicId)).map((row) => ({
    id: row.id,
    clinic: row.clinic_name,
    author: row.author_name ?? 'A former clinician',
    body: row.body,
    createdAt: row.created_at.toISOString(),
    visibleToClient: true as const,
  }));
}
