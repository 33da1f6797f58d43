import { localDate, timeZoneOffsetMs } from '../risk/local-date.js';
import {
  REMS_DUE_DAYS,
  sessionProblems,
  sessionRoute,
  sessionRuleSources,
} from '../treatment/session-rules.js';
import {
  CONCOMITANT_MEDICINES,
  type TreatmentProduct,
  type TreatmentSession,
  type VitalsReading,
} from '../treatment/treatment-api.js';
import type { ReportDocument } from './report-document.js';
import { ReportWriter } from './report-writer.js';

export type SessionReportInput = {
  session: TreatmentSession;
  /** The person the session was for, as their profile names them (or "not named"). */
  person: string;
  timeZone: string;
  now: Date;
};

const productNames: Record<TreatmentProduct, string> = {
  'esketamine-nasal': 'Esketamine nasal spray',
  'ketamine-iv': 'Ketamine, intravenous infusion',
  'ketamine-im': 'Ketamine, intramuscular injection',
  'ketamine-oral': 'Ketamine, oral',
  'ketamine-troche': 'Ketamine troche (lozenge)',
  other: 'Other ketamine product',
};

const concomitantNames: Record<(typeof CONCOMITANT_MEDICINES)[number], string> = {
  benzodiazepine: 'Benzodiazepine',
  nonBenzodiazepineHypnotic: 'Non-benzodiazepine sleeping tablet',
  psychostimulant: 'Psychostimulant',
  maoi: 'MAO inhibitor',
  opioid: 'Opioid',
};

const MOAAS_SOURCE =
  'MOAA/S (Modified Observer’s Assessment of Alertness/Sedation) as used in the esketamine trials: 5 responds readily to name … 0 no response to a trapezius squeeze';

/** 'YYYY-MM-DD HH:mm' as the clock read in the person's time zone. */
const wallClock = (instant: Date, timeZone: string) =>
  new Date(instant.getTime() + timeZoneOffsetMs(instant.getTime(), timeZone))
    .toISOString()
    .slice(0, 16)
    .replace('T', ' ');

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const minutes = (count: number) => `${count} ${count === 1 ? 'minute' : 'minutes'}`;

function vitalsRow(label: string, reading: VitalsReading | undefined): string[] {
  if (!reading) return [label, 'not recorded', '–', '–'];
  return [
    label,
    `${reading.systolicMmHg}/${reading.diastolicMmHg}`,
    reading.heartRateBpm === undefined ? '–' : String(reading.heartRateBpm),
    reading.spo2Percent === undefined ? '–' : `${reading.spo2Percent}%`,
  ];
}

/**
 * One supervised session as the clinic recorded it: what was given, the readings, what
 * happened, the rules' results with their sources and the REMS form's date. Plain, so the
 * person can take it to another clinic or their GP.
 */
export function buildSessionReport({
  session,
  person,
  timeZone,
  now,
}: SessionReportInput): ReportDocument {
  const { record } = session;
  const startedAt = new Date(record.startedAt);
  const sessionDate = localDate(startedAt, timeZone);
  const report = new ReportWriter();

  report.heading('The session');
  report.table(
    ['Recorded', 'Value'],
    [
      ['Clinic', session.clinic],
      ['Clinician', session.clinician],
      ['Started', `${wallClock(startedAt, timeZone)} (${timeZone})`],
      ['Status', record.status === 'completed' ? 'completed' : 'draft (not finished)'],
      ['Product', productNames[record.product]],
      ['Route', sessionRoute(record)],
      [
        'Dose',
        `${record.doseMg} mg${record.devices === undefined ? '' : ` (${record.devices} ${record.devices === 1 ? 'device' : 'devices'})`}`,
      ],
      ['Lot number', record.lotNumber ?? 'not recorded'],
      [
        'Taken before the session',
        CONCOMITANT_MEDICINES.filter((name) => record.concomitant[name])
          .map((name) => concomitantNames[name])
          .join(', ') || 'none of the listed medicines',
      ],
    ],
  );
  if (record.devices !== undefined)
    report.claim('Each device holds 28 mg.', sessionRuleSources.devices);

  report.heading('Vital signs');
  report.table(
    ['Reading', 'Blood pressure (mmHg)', 'Pulse (beats/min)', 'SpO2'],
    [
      vitalsRow('Before the dose', record.vitals.preDose),
      vitalsRow('About 40 minutes after', record.vitals.at40Min),
      vitalsRow('Before leaving', record.vitals.beforeDischarge),
    ],
  );
  report.claim(
    `Blood pressure before the dose: ${session.bloodPressureGate.message}`,
    session.bloodPressureGate.source,
  );
  report.claim(
    'Blood pressure is taken before dosing and about 40 minutes after, when the rise peaks.',
    sessionRuleSources.at40Min,
  );

  report.heading('Sedation and dissociation');
  if (record.moaas.length === 0) report.fact('No MOAA/S reading was recorded.');
  else {
    report.claim(
      'MOAA/S scores run from 5 (responds readily to their name) to 0 (no response).',
      MOAAS_SOURCE,
    );
    report.table(
      ['Minutes after the start', 'MOAA/S (0–5)'],
      record.moaas.map((reading) => [String(reading.atMin), String(reading.score)]),
    );
  }
  report.table(
    ['Observed', 'Recorded'],
    [
      ['Sedation', yesNo(record.sedation)],
      [
        'Dissociation',
        `${yesNo(record.dissociation)}${record.dissociationTotal === undefined ? '' : ` (CADSS total ${record.dissociationTotal})`}`,
      ],
      ['Breathing slowed (respiratory depression)', yesNo(record.respiratoryDepression)],
    ],
  );

  report.heading('Adverse events');
  if (record.adverseEvents.length === 0) report.fact('None recorded.');
  else {
    report.table(
      ['Event', 'Serious', 'Details'],
      record.adverseEvents.map((event) => [
        event.description,
        yesNo(event.serious),
        event.details ?? '–',
      ]),
    );
  }
  for (const reminder of session.reminders) report.claim(reminder.message, reminder.source);

  report.heading('Monitoring and leaving');
  report.fact(
    `Monitored for ${minutes(record.monitoredMinutes)}.${record.readyToLeaveMinutes === undefined ? '' : ` Ready to leave after ${minutes(record.readyToLeaveMinutes)}.`} Discharge criteria met: ${yesNo(record.dischargeCriteriaMet)}.`,
  );
  if (record.product === 'esketamine-nasal') {
    report.claim(
      'Esketamine is monitored for at least 2 hours from the first device.',
      sessionRuleSources.monitored,
    );
  }
  // What the rules would still ask for before a draft can be saved as completed.
  const problems = sessionProblems({ ...record, status: 'completed' });
  if (problems.length > 0) {
    report.fact(
      `Still missing before the record is complete: ${problems.map((problem) => problem.message).join('; ')}.`,
    );
  }

  report.heading('REMS monitoring form');
  if (session.remsDueDate === null) {
    report.fact(
      record.product === 'esketamine-nasal'
        ? 'No form is due until the session is completed.'
        : 'Not needed: REMS forms are for esketamine (Spravato) only.',
    );
  } else {
    const sent = session.remsSubmittedAt
      ? `sent on ${localDate(new Date(session.remsSubmittedAt), timeZone)}`
      : session.remsOverdue
        ? 'not sent yet, overdue'
        : 'not sent yet';
    report.claim(
      `Due by ${session.remsDueDate} (${REMS_DUE_DAYS} days after the session): ${sent}.`,
      sessionRuleSources.remsDue,
    );
  }
  const recorded = localDate(new Date(session.createdAt), timeZone);
  const changed = localDate(new Date(session.updatedAt), timeZone);
  report.fact(
    `Recorded on ${recorded}${changed === recorded ? '' : `, last changed on ${changed}`}.`,
  );

  return {
    title: 'Treatment session record',
    person,
    madeOn: localDate(now, timeZone),
    from: sessionDate,
    to: sessionDate,
    blocks: report.blocks,
    limitsHeading: 'What this record cannot show',
    limits: [
      'This is what the clinic entered in Ketalog for one session. It is not the clinic’s full chart and has not been checked against it.',
      'Readings are single moments at the times shown; what happened between them was not recorded here.',
      'An adverse event or medicine that is not listed was not written down; that does not mean it did not happen.',
      'Only the clinician’s CADSS total is kept, not the answers to its items.',
      'Other sessions, doses at home and anything the person logged themselves are not part of this record.',
    ],
    sources: report.sources,
  };
}
