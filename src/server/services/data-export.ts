import { listCheckIns } from '../../db/repositories/check-ins.js';
import { listDoses } from '../../db/repositories/doses.js';
import { ketalogFileSchemaVersion } from '../../domain/data-transfer/ketalog-file.js';
import { DATA_SCOPES } from '../../domain/data-transfer/scoped-export.js';
import { toFhirBundle, type FhirBundle } from '../../domain/fhir/person-bundle.js';
import type { Subject } from '../access/gate.js';
import { getAccount } from './profile.js';
import { toCheckIn } from './check-ins.js';
import type { DataContext } from './context.js';
import { toDose } from './doses.js';
import { listResponses } from './questionnaires.js';
import { getPlan, listCravings } from './recovery.js';
import { prescriptionRecordsOf } from './prescriptions.js';
import { sentShareRecordsOf } from './sent-sealed-shares.js';
import { accessLogOf, listGrants, notesAbout } from './sharing-records.js';
import { treatmentPlansOf } from './treatment-schedules.js';
import { listSessions } from './treatment-sessions.js';
import { followUpHistoryOf } from './withdrawal-follow-ups.js';

/**
 * The areas of a person's data an export is made of: the shareable ones (the domain's table
 * of which scope covers which part of the file) and the clinics' treatment sessions.
 */
export const exportedScopes = [...DATA_SCOPES, 'treatment'] as const;
export type ExportSubjects = Partial<Record<(typeof exportedScopes)[number], Subject>>;

/**
 * Each area the gate let the actor into, read as its subject allows; the others empty.
 * Treatment sessions are every clinic's for the person, or only `clinicId`'s for a clinic.
 */
async function dataParts(ctx: DataContext, subjects: ExportSubjects, clinicId?: string) {
  const { log, 'check-ins': checkIns, 'self-checks': selfChecks, plan, treatment } = subjects;
  const [doses, checkInRows, questionnaireResponses, planWithProgress, cravings, sessions] =
    await Promise.all([
      log ? listDoses(ctx.db, log.userId) : [],
      checkIns ? listCheckIns(ctx.db, checkIns.userId) : [],
      selfChecks ? listResponses(ctx, selfChecks) : [],
      plan ? getPlan(ctx, plan) : { plan: null },
      plan ? listCravings(ctx, plan) : [],
      treatment ? listSessions(ctx, treatment, clinicId) : [],
    ]);
  return {
    doses: doses.map(toDose),
    checkIns: checkInRows.map(toCheckIn),
    questionnaireResponses,
    recoveryPlan: planWithProgress.plan,
    cravings,
    treatmentSessions: sessions,
  };
}

/**
 * What others keep about the person and the record of their sharing: clinics' notes,
 * prescriptions, plans and follow-ups, every look under their grants, and the snapshots they
 * shared from private mode. Only ever in the person's own export.
 */
async function recordsAbout(ctx: DataContext, subject: Subject) {
  const [grants, notes, prescriptions, plans, followUps, accessLog, sentShares] = await Promise.all(
    [
      listGrants(ctx, subject),
      notesAbout(ctx, subject),
      prescriptionRecordsOf(ctx, subject),
      treatmentPlansOf(ctx, subject),
      followUpHistoryOf(ctx, subject),
      accessLogOf(ctx, subject, null),
      sentShareRecordsOf(ctx, subject),
    ],
  );
  return {
    sharingGrants: grants,
    clinicianNotes: notes,
    prescriptions,
    ...plans,
    withdrawalFollowUps: followUps,
    accessLog,
    sentSealedShares: sentShares,
  };
}

/**
 * Everything stored about the person, as one JSON document (their right of access).
 * `appVersion` is passed in: the browser's private mode has no package.json to read.
 */
export async function exportPersonData(ctx: DataContext, subject: Subject, appVersion: string) {
  const all = Object.fromEntries(exportedScopes.map((scope) => [scope, subject]));
  const [account, parts, records] = await Promise.all([
    getAccount(ctx, subject.userId),
    dataParts(ctx, all),
    recordsAbout(ctx, subject),
  ]);
  return {
    format: 'ketalog-export' as const,
    schemaVersion: ketalogFileSchemaVersion,
    version: appVersion,
    exportedAt: ctx.now().toISOString(),
    account,
    ...parts,
    ...records,
  };
}

/**
 * A client's FHIR bundle for their clinic: only the areas their grant shares (`subjects`),
 * the sessions this clinic recorded, and the Consent of that grant. Their weight and account
 * stay out (never shared).
 */
export async function exportClientBundle(
  ctx: DataContext,
  client: { userId: string; displayName: string | null; grantSubject: Subject; clinicId: string },
  subjects: ExportSubjects,
): Promise<FhirBundle> {
  const [parts, grants] = await Promise.all([
    dataParts(ctx, subjects, client.clinicId),
    listGrants(ctx, client.grantSubject),
  ]);
  return toFhirBundle({
    ...parts,
    userId: client.userId,
    displayName: client.displayName,
    weightKg: null,
    grants: grants.filter((grant) => grant.id === client.grantSubject.grantId),
  });
}
