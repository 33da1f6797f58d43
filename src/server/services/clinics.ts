import { byCaseloadPriority, caseloadPriority } from '../../domain/clinic/caseload-order.js';
import type { CaseloadEntry, ShareScope } from '../../domain/clinic/clinic-api.js';
import { AppError } from '../../domain/errors.js';
import { evaluateRisk } from '../../domain/risk/index.js';
import { dayNumberOfIsoDate, localDate } from '../../domain/risk/local-date.js';
import type { RiskResult } from '../../domain/risk/types.js';
import { lastCheckInDates } from '../../db/repositories/check-ins.js';
import {
  findClinicByJoinCode,
  insertClinic,
  insertNote,
  listMembers,
  replaceJoinCode,
  upsertMembership,
} from '../../db/repositories/clinics.js';
import { latestTwoResponses } from '../../db/repositories/questionnaire-responses.js';
import type { Actor, ClinicMembership, GrantedSubject, Subject } from '../access/gate.js';
import type { ServiceContext } from './context.js';
import { caseloadTreatmentFields } from './caseload-treatment.js';
import { groupByUser, loadRiskInputs } from './risk.js';
import { hashCode, newCode } from './sharing.js';
import { notesAbout } from './sharing-records.js';
import { clinicBloodPressureGate } from './treatment-sessions.js';
import { caseloadFollowUps } from './withdrawal-follow-ups.js';

type KeyedContext = Pick<ServiceContext, 'db' | 'serverKey'>;

/** An operator's command: a clinic and the code its clinicians join with. */
export async function createClinic(ctx: KeyedContext, name: string) {
  const joinCode = newCode();
  const clinic = await insertClinic(ctx.db, {
    name,
    joinCodeHash: hashCode(ctx, 'join-code', joinCode),
  });
  return { clinicId: clinic.id, joinCode };
}

/** A new join code for the clinic; the old one stops working. */
export async function renewJoinCode(ctx: KeyedContext, clinicId: string) {
  const joinCode = newCode();
  if (!(await replaceJoinCode(ctx.db, clinicId, hashCode(ctx, 'join-code', joinCode)))) {
    throw new AppError('not_found', `There is no clinic with id ${clinicId}.`);
  }
  return { clinicId, joinCode };
}

export async function joinClinic(ctx: ServiceContext, account: Actor, code: string) {
  const clinic = await findClinicByJoinCode(ctx.db, hashCode(ctx, 'join-code', code));
  if (!clinic) {
    throw new AppError(
      'not_found',
      'That join code does not work. Check it with the clinic (a new code replaces the old one).',
      undefined,
      { reason: 'join-code-refused' },
    );
  }
  await upsertMembership(ctx.db, account.id, clinic.id, ctx.now());
  return clinicView(ctx, { clinicId: clinic.id, clinicName: clinic.name });
}

export async function clinicView(ctx: ServiceContext, clinic: ClinicMembership) {
  const [members, bloodPressureGate] = await Promise.all([
    listMembers(ctx.db, clinic.clinicId),
    clinicBloodPressureGate(ctx, clinic.clinicId),
  ]);
  return {
    clinic: { id: clinic.clinicId, name: clinic.clinicName },
    members: members.map((member) => ({
      id: member.id,
      name: member.display_name ?? member.email,
      joinedAt: member.joined_at.toISOString(),
    })),
    bloodPressureGate,
  };
}

export async function writeNote(
  ctx: ServiceContext,
  clinic: ClinicMembership,
  subject: Subject,
  body: string,
) {
  const { id } = await insertNote(ctx.db, {
    clinicId: clinic.clinicId,
    userId: subject.userId,
    authorId: subject.actorId,
    body,
    at: ctx.now(),
  });
  const notes = await notesAbout(ctx, subject, clinic.clinicId);
  return notes.find((note) => note.id === id)!;
}

const daysBetween = (from: string, to: string) => dayNumberOfIsoDate(to) - dayNumberOfIsoDate(from);

/** The flags at the worst level, or none. */
function worstFlags(risk: RiskResult) {
  const worst = risk.flags[0]?.severity ?? null;
  return {
    worstSeverity: worst,
    warningCodes: risk.flags.filter((flag) => flag.severity === worst).map((flag) => flag.code),
  };
}

/**
 * The clinic's list of clients, most in need first, in a fixed number of queries however
 * many clients there are. Each field shows only when the client's grant covers it.
 */
export async function buildCaseload(
  ctx: ServiceContext,
  clinicId: string,
  granted: readonly GrantedSubject[],
  disengagedAfterDays: number,
): Promise<CaseloadEntry[]> {
  const has = (entry: GrantedSubject, scope: ShareScope) => entry.scopes.includes(scope);
  const riskEntries = granted.filter((entry) => has(entry, 'risk') || has(entry, 'log'));
  const idsWith = (scope: ShareScope) =>
    granted.filter((entry) => has(entry, scope)).map((entry) => entry.subject.userId);
  const riskInputsRead = loadRiskInputs(
    ctx,
    riskEntries.map((entry) => entry.subject),
  );
  const [riskInputs, checkIns, phq9, treatmentFields] = await Promise.all([
    riskInputsRead,
    lastCheckInDates(ctx.db, idsWith('check-ins')),
    latestTwoResponses(ctx.db, idsWith('self-checks'), 'phq-9'),
    caseloadTreatmentFields(
      ctx,
      clinicId,
      granted,
      riskInputsRead.then(
        (inputs) =>
          new Map(riskEntries.map((entry, index) => [entry.subject.userId, inputs[index]!.doses])),
      ),
    ),
  ]);
  const riskInputOf = new Map(
    riskEntries.map((entry, index) => [entry.subject.userId, riskInputs[index]!]),
  );
  const risks = new Map([...riskInputOf].map(([userId, input]) => [userId, evaluateRisk(input)]));
  const lastCheckIn = new Map(checkIns.map((row) => [row.user_id, String(row.date)]));
  const phq9Of = groupByUser(phq9);
  const followUps = await caseloadFollowUps(
    ctx,
    clinicId,
    granted,
    (userId) => lastCheckIn.get(userId) ?? null,
    (userId) => riskInputOf.get(userId),
  );
  const now = ctx.now();
  return granted
    .map((entry): CaseloadEntry => {
      const { userId, timeZone } = entry.subject;
      const risk = risks.get(userId);
      const flags = risk && has(entry, 'risk') ? worstFlags(risk) : null;
      const lastCheckInDate = lastCheckIn.get(userId) ?? null;
      const today = localDate(now, timeZone);
      const daysSinceLastCheckIn = has(entry, 'check-ins')
        ? lastCheckInDate
          ? daysBetween(lastCheckInDate, today)
          : Number.POSITIVE_INFINITY
        : null;
      const [latest, previous] = phq9Of.get(userId) ?? [];
      const worstSeverity = flags?.worstSeverity ?? null;
      const days = daysSinceLastCheckIn === Number.POSITIVE_INFINITY ? null : daysSinceLastCheckIn;
      const withdrawalFollowUp = followUps.get(userId) ?? null;
      const followUpRaised = (withdrawalFollowUp?.alerts.length ?? 0) > 0;
      return {
        id: userId,
        name: entry.name,
        scopes: entry.scopes as ShareScope[],
        grantEndsAt: entry.endsAt.toISOString(),
        priority: caseloadPriority(
          { worstSeverity, daysSinceLastCheckIn, followUpRaised },
          disengagedAfterDays,
        ),
        worstSeverity,
        warningCodes: flags?.warningCodes ?? null,
        lastCheckInDate,
        daysSinceLastCheckIn: days,
        daysSinceLastUse: risk ? risk.summary.daysSinceLastUse : null,
        latestPhq9: latest
          ? {
              score: latest.score,
              takenAt: new Date(latest.taken_at).toISOString(),
              change: previous ? latest.score - previous.score : null,
            }
          : null,
        withdrawalFollowUp,
        ...treatmentFields.get(userId)!,
      };
    })
    .sort(byCaseloadPriority);
}

/** What a supporter sees of each person: checked in today, the worst warning level, the streak. */
export async function buildSupporterView(ctx: ServiceContext, granted: readonly GrantedSubject[]) {
  const subjects = granted.map((entry) => entry.subject);
  const [riskInputs, checkIns] = await Promise.all([
    loadRiskInputs(ctx, subjects),
    lastCheckInDates(
      ctx.db,
      subjects.map((subject) => subject.userId),
    ),
  ]);
  const lastCheckIn = new Map(checkIns.map((row) => [row.user_id, String(row.date)]));
  return granted.map((entry, index) => {
    const risk = evaluateRisk(riskInputs[index]!);
    return {
      id: entry.subject.userId,
      name: entry.name,
      checkedInToday:
        lastCheckIn.get(entry.subject.userId) === localDate(ctx.now(), entry.subject.timeZone),
      worstSeverity: risk.flags[0]?.severity ?? null,
      streakDays: risk.summary.goal?.currentStreakDays ?? null,
      grantEndsAt: entry.endsAt.toISOString(),
    };
  });
}
