import type { ErrorDetail } from '../../domain/errors.js';
import type { Route } from '../../domain/log/vocabulary.js';
import {
  checkPreDoseBloodPressure,
  ESKETAMINE_MIN_MONITORED_MINUTES,
  sessionProblems,
  sessionReminders,
  sessionRuleSources,
  type BloodPressureGate,
} from '../../domain/treatment/session-rules.js';
import {
  CONCOMITANT_MEDICINES,
  ESKETAMINE_MG_PER_DEVICE,
  type TreatmentProduct,
  type TreatmentSession,
  type TreatmentSessionInput,
  type VitalsReading,
} from '../../domain/treatment/treatment-api.js';
import { deviceTimeZone, wallClockOf, wallClockToIso } from '../log/zoned-time.js';

/**
 * The session form as typed (text boxes hold text, a yes/no is unanswered until chosen),
 * turned into the API's session record, and the rules of session-rules.ts run on it while
 * the clinician types. Times are read on the clinic device's clock.
 */

type Medicine = (typeof CONCOMITANT_MEDICINES)[number];
export type YesNo = boolean | null;
export const READING_TIMES = ['preDose', 'at40Min', 'beforeDischarge'] as const;
type ReadingTime = (typeof READING_TIMES)[number];
export type ReadingDraft = {
  systolicMmHg: string;
  diastolicMmHg: string;
  heartRateBpm: string;
  spo2Percent: string;
};
const YES_NO_ITEMS = [
  'sedation',
  'dissociation',
  'respiratoryDepression',
  'dischargeCriteriaMet',
] as const;
type YesNoItem = (typeof YES_NO_ITEMS)[number];

export type SessionDraft = {
  startedAt: string;
  product: TreatmentProduct;
  route: Route | '';
  doseMg: string;
  devices: string;
  lotNumber: string;
  concomitant: Record<Medicine, YesNo>;
  vitals: Record<ReadingTime, ReadingDraft>;
  moaas: Array<{ atMin: string; score: string }>;
  dissociationTotal: string;
  adverseEvents: Array<{ description: string; serious: boolean; details: string }>;
  monitoredMinutes: string;
  readyToLeaveMinutes: string;
  prefilledFrom: string | null;
  reconfirmed: { lotNumber: boolean; vitals: boolean; yesNoItems: boolean };
} & Record<YesNoItem, YesNo>;

const emptyReading: ReadingDraft = {
  systolicMmHg: '',
  diastolicMmHg: '',
  heartRateBpm: '',
  spo2Percent: '',
};
const unconfirmed = { lotNumber: false, vitals: false, yesNoItems: false };

export function emptyDraft(now = new Date()): SessionDraft {
  return {
    startedAt: wallClockOf(now, deviceTimeZone()),
    product: 'esketamine-nasal',
    route: '',
    doseMg: '',
    devices: '2',
    lotNumber: '',
    concomitant: Object.fromEntries(CONCOMITANT_MEDICINES.map((name) => [name, null])) as Record<
      Medicine,
      YesNo
    >,
    vitals: { preDose: emptyReading, at40Min: emptyReading, beforeDischarge: emptyReading },
    moaas: [],
    sedation: null,
    dissociation: null,
    dissociationTotal: '',
    respiratoryDepression: null,
    adverseEvents: [],
    monitoredMinutes: '',
    readyToLeaveMinutes: '',
    dischargeCriteriaMet: null,
    prefilledFrom: null,
    reconfirmed: unconfirmed,
  };
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value));
const readingDraft = (reading: VitalsReading | undefined): ReadingDraft =>
  reading
    ? {
        systolicMmHg: text(reading.systolicMmHg),
        diastolicMmHg: text(reading.diastolicMmHg),
        heartRateBpm: text(reading.heartRateBpm),
        spo2Percent: text(reading.spo2Percent),
      }
    : emptyReading;

/** A stored session's record as the form shows it, to correct or complete it. */
export function draftOfSession(session: TreatmentSession): SessionDraft {
  const { record } = session;
  return {
    startedAt: wallClockOf(record.startedAt, deviceTimeZone()),
    product: record.product,
    route: record.route ?? '',
    doseMg: text(record.doseMg),
    devices: text(record.devices) || '2',
    lotNumber: record.lotNumber ?? '',
    concomitant: { ...record.concomitant },
    vitals: {
      preDose: readingDraft(record.vitals.preDose),
      at40Min: readingDraft(record.vitals.at40Min),
      beforeDischarge: readingDraft(record.vitals.beforeDischarge),
    },
    moaas: record.moaas.map((reading) => ({
      atMin: String(reading.atMin),
      score: String(reading.score),
    })),
    sedation: record.sedation,
    dissociation: record.dissociation,
    dissociationTotal: text(record.dissociationTotal),
    respiratoryDepression: record.respiratoryDepression,
    adverseEvents: record.adverseEvents.map((event) => ({
      description: event.description,
      serious: event.serious,
      details: event.details ?? '',
    })),
    monitoredMinutes: text(record.monitoredMinutes),
    readyToLeaveMinutes: text(record.readyToLeaveMinutes),
    dischargeCriteriaMet: record.dischargeCriteriaMet,
    prefilledFrom: record.prefilledFrom ?? null,
    reconfirmed: record.reconfirmed ?? unconfirmed,
  };
}

/**
 * A new session pre-filled from the previous one (clinical-workspace.md §1 b1, Osmind's
 * practice): everything but the time and the adverse events carries over, and the lot
 * number, vitals and yes/no answers must be confirmed again.
 */
export function draftFromPrevious(previous: TreatmentSession, now = new Date()): SessionDraft {
  return {
    ...draftOfSession(previous),
    startedAt: wallClockOf(now, deviceTimeZone()),
    adverseEvents: [],
    prefilledFrom: previous.id,
    reconfirmed: unconfirmed,
  };
}

/** What the form still needs before it can be sent at all (the API requires these). */
export type Missing =
  | 'startedAt'
  | 'doseMg'
  | 'preDose'
  | 'readings'
  | 'yesNo'
  | 'monitoredMinutes'
  | 'moaas'
  | 'adverse';

const number = (value: string): number | undefined => {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : undefined;
};
const filled = (reading: ReadingDraft) => Object.values(reading).some((value) => value.trim());

function readingOf(reading: ReadingDraft): VitalsReading | undefined {
  const systolicMmHg = number(reading.systolicMmHg);
  const diastolicMmHg = number(reading.diastolicMmHg);
  if (systolicMmHg === undefined || diastolicMmHg === undefined) return undefined;
  const heartRateBpm = number(reading.heartRateBpm);
  const spo2Percent = number(reading.spo2Percent);
  return {
    systolicMmHg,
    diastolicMmHg,
    ...(heartRateBpm === undefined ? {} : { heartRateBpm }),
    ...(spo2Percent === undefined ? {} : { spo2Percent }),
  };
}

/** The dose the form sends: for esketamine, the devices used times 28 mg. */
export const doseMgOf = (draft: SessionDraft): number | undefined =>
  draft.product === 'esketamine-nasal'
    ? Number(draft.devices) * ESKETAMINE_MG_PER_DEVICE
    : number(draft.doseMg);

/**
 * The record the form sends, and what is still missing for the API to accept it. Missing
 * numbers are sent as nothing (or 0 for minutes), so the rules can already be run on it.
 */
export function recordOfDraft(
  draft: SessionDraft,
  status: TreatmentSessionInput['status'],
): { record: TreatmentSessionInput; missing: Missing[] } {
  const missing = new Set<Missing>();
  const startedAt = wallClockToIso(draft.startedAt, deviceTimeZone());
  if (!startedAt) missing.add('startedAt');
  const doseMg = doseMgOf(draft);
  if (doseMg === undefined || doseMg <= 0) missing.add('doseMg');
  const vitals = Object.fromEntries(
    READING_TIMES.flatMap((time) => {
      const reading = readingOf(draft.vitals[time]);
      if (!reading && filled(draft.vitals[time])) missing.add('readings');
      return reading ? [[time, reading]] : [];
    }),
  ) as Partial<TreatmentSessionInput['vitals']>;
  if (!vitals.preDose) missing.add('preDose');
  const yesNo = [...Object.values(draft.concomitant), ...YES_NO_ITEMS.map((item) => draft[item])];
  if (yesNo.some((answer) => answer === null)) missing.add('yesNo');
  const monitoredMinutes = number(draft.monitoredMinutes);
  if (monitoredMinutes === undefined) missing.add('monitoredMinutes');
  const moaas = draft.moaas.map((reading) => ({
    atMin: number(reading.atMin),
    score: number(reading.score),
  }));
  if (moaas.some((reading) => reading.atMin === undefined || reading.score === undefined)) {
    missing.add('moaas');
  }
  if (draft.adverseEvents.some((event) => !event.description.trim())) missing.add('adverse');
  const readyToLeaveMinutes = number(draft.readyToLeaveMinutes);
  const dissociationTotal = number(draft.dissociationTotal);
  const lotNumber = draft.lotNumber.trim();
  const record: TreatmentSessionInput = {
    startedAt: startedAt ?? '',
    product: draft.product,
    ...(draft.product === 'other' && draft.route ? { route: draft.route } : {}),
    doseMg: doseMg ?? 0,
    ...(draft.product === 'esketamine-nasal' ? { devices: Number(draft.devices) } : {}),
    ...(lotNumber ? { lotNumber } : {}),
    concomitant: Object.fromEntries(
      CONCOMITANT_MEDICINES.map((name) => [name, draft.concomitant[name] ?? false]),
    ) as TreatmentSessionInput['concomitant'],
    vitals: { preDose: { systolicMmHg: 0, diastolicMmHg: 0 }, ...vitals },
    moaas: moaas.flatMap(({ atMin, score }) =>
      atMin === undefined || score === undefined ? [] : [{ atMin, score }],
    ),
    sedation: draft.sedation ?? false,
    dissociation: draft.dissociation ?? false,
    ...(draft.dissociation && dissociationTotal !== undefined ? { dissociationTotal } : {}),
    respiratoryDepression: draft.respiratoryDepression ?? false,
    adverseEvents: draft.adverseEvents.map((event) => ({
      description: event.description.trim(),
      serious: event.serious,
      ...(event.serious && event.details.trim() ? { details: event.details.trim() } : {}),
    })),
    monitoredMinutes: monitoredMinutes ?? 0,
    ...(readyToLeaveMinutes === undefined ? {} : { readyToLeaveMinutes }),
    dischargeCriteriaMet: draft.dischargeCriteriaMet ?? false,
    status,
    ...(draft.prefilledFrom
      ? { prefilledFrom: draft.prefilledFrom, reconfirmed: draft.reconfirmed }
      : {}),
  };
  return { record, missing: [...missing] };
}

/** The problems session-rules.ts finds, by the form part they belong to. */
export type ProblemKind = 'route' | 'seriousDetails' | 'reconfirm' | 'at40Min' | 'monitored';
const problemKinds: Array<[prefix: string, kind: ProblemKind]> = [
  ['body.route', 'route'],
  ['body.adverseEvents.', 'seriousDetails'],
  ['body.reconfirmed', 'reconfirm'],
  ['body.vitals.at40Min', 'at40Min'],
  ['body.monitoredMinutes', 'monitored'],
];
const kindsOf = (problems: ErrorDetail[]): ProblemKind[] => [
  ...new Set(
    problems.flatMap(({ path }) =>
      problemKinds.filter(([prefix]) => path.startsWith(prefix)).map(([, kind]) => kind),
    ),
  ),
];

/** A rule's result as typed so far: the gate's level, or whether a rule is met. */
export type RuleCheck =
  | { rule: 'bloodPressure'; state: 'pending' | 'ok' | 'defer' | 'urgent'; source: string }
  | {
      rule: 'at40Min' | 'monitored' | 'remsDue' | 'devices' | 'serious';
      state: 'met' | 'notMet' | 'info';
      source: string;
    };

/**
 * The checks the form shows as it is typed, each from session-rules.ts with its source, and
 * what stops saving (as a draft) or completing.
 */
export function sessionChecks(draft: SessionDraft, gate: BloodPressureGate) {
  const asDraft = recordOfDraft(draft, 'draft');
  const asCompleted = recordOfDraft(draft, 'completed');
  const toSave = kindsOf(sessionProblems(asDraft.record));
  const toComplete = kindsOf(sessionProblems(asCompleted.record));
  const preDose = readingOf(draft.vitals.preDose);
  const pressure = preDose ? checkPreDoseBloodPressure(preDose, gate) : undefined;
  const esketamine = draft.product === 'esketamine-nasal';
  const checks: RuleCheck[] = [
    {
      rule: 'bloodPressure',
      state: pressure?.level ?? 'pending',
      source: pressure?.source ?? sessionRuleSources.deferAbove,
    },
    {
      rule: 'at40Min',
      state: toComplete.includes('at40Min') ? 'notMet' : 'met',
      source: sessionRuleSources.at40Min,
    },
    ...(esketamine
      ? ([
          {
            rule: 'monitored',
            state: toComplete.includes('monitored') ? 'notMet' : 'met',
            source: sessionRuleSources.monitored,
          },
          { rule: 'devices', state: 'info', source: sessionRuleSources.devices },
          { rule: 'remsDue', state: 'info', source: sessionRuleSources.remsDue },
        ] satisfies RuleCheck[])
      : []),
    ...sessionReminders(asCompleted.record).map((reminder): RuleCheck => ({
      rule: 'serious',
      state: 'info',
      source: reminder.source,
    })),
  ];
  return {
    checks,
    missing: asDraft.missing,
    toSave,
    toComplete: toComplete.filter((kind) => !toSave.includes(kind)),
    minMonitoredMinutes: ESKETAMINE_MIN_MONITORED_MINUTES,
  };
}
