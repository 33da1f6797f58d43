import type { PersonDataExport } from '../data-transfer/person-data.js';
import { bladderScore } from '../log/bladder-score.js';
import { catalogue } from '../i18n/catalogue.js';
import { getQuestionnaire } from '../questionnaires/index.js';
import {
  questionnaireMessageKey,
  questionnaireResultWords,
} from '../questionnaires/result-words.js';
import { checkInteractions } from '../interactions/index.js';
import { riskFlagWords } from '../risk/flag-words.js';
import { dayNumberOfIsoDate, isoDateOfDayNumber, localDate } from '../risk/local-date.js';
import { BLADDER_URGENT_SOURCE } from '../risk/rules/detect-bladder-symptoms.js';
import { BLOOD_PRESSURE_SOURCE } from '../risk/rules/detect-blood-pressure.js';
import type { RiskResult } from '../risk/types.js';
import type { ReportDocument, ReportKind } from './report-document.js';
import { ReportWriter } from './report-writer.js';
import { mondayOf, mondaysBetween, useByWeek } from './report-weeks.js';

/** Both reports cover the last three months (13 weeks), as a GP letter usually asks. */
export const reportDays = 91;

export type ReportInput = { data: PersonDataExport; risk: RiskResult; now: Date };

/** Reports are written in English for now, from the same catalogue as the app. */
const messages = catalogue('en');

const BLADDER_SOURCE =
  'Hong Kong Med J 2022;28(6):466 (meta-analysis of ketamine uropathy, 4,921 patients)';

type Period = { from: string; to: string; timeZone: string };

const weekLabel = (monday: string) => `w/c ${monday.slice(5)}`;
const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

function writeUse(report: ReportWriter, data: PersonDataExport, period: Period) {
  const weeks = useByWeek(data.doses, period.timeZone, period.from, period.to);
  const total = weeks.reduce((sum, week) => sum + week.useDays, 0);
  report.heading('Use per week');
  report.fact(
    `${plural(total, 'day')} with use recorded in ${plural(weeks.length, 'week')}. Weeks start on Monday (w/c = week commencing); the first and last weeks may be part weeks.`,
  );
  report.chart({
    title: 'Days with use per week',
    unit: 'days',
    max: 7,
    style: 'bars',
    points: weeks.map((week) => ({ label: weekLabel(week.monday), value: week.useDays })),
  });
  report.table(
    ['Week commencing', 'Days with use', 'Amount written down (mg)'],
    weeks.map((week) => [week.monday, String(week.useDays), String(Math.round(week.mg))]),
  );
}

function writeQuestionnaire(
  report: ReportWriter,
  data: PersonDataExport,
  period: Period,
  id: string,
) {
  const definition = getQuestionnaire(id)!;
  const responses = data.questionnaireResponses.filter(
    (response) =>
      response.questionnaireId === id &&
      localDate(new Date(response.takenAt), period.timeZone) >= period.from,
  );
  report.heading(`${definition.shortTitle} scores`);
  if (responses.length === 0) {
    report.fact(`No ${definition.shortTitle} was filled in during this period.`);
    return;
  }
  const source = definition.sources[0]!.title;
  const bandLabel = (bandId: string) =>
    messages.fromData(questionnaireMessageKey(id, `band.${bandId}.label`)) ?? bandId;
  const bands = definition.bands
    .map((band) => `${band.from}–${band.to} ${bandLabel(band.id)}`)
    .join(', ');
  const wordsOf = (response: (typeof responses)[number]) =>
    questionnaireResultWords(definition, response.result, messages);
  report.claim(
    `${definition.shortTitle} scores run from ${definition.minScore} to ${definition.maxScore}; the usual bands are ${bands}. ${wordsOf(responses[0]!).notADiagnosis}`,
    source,
  );
  report.chart({
    title: `${definition.shortTitle} score`,
    unit: 'score',
    max: definition.maxScore,
    style: 'line',
    points: responses.map((response) => ({
      label: localDate(new Date(response.takenAt), period.timeZone).slice(5),
      value: response.result.score,
    })),
  });
  report.table(
    ['Date', 'Score', 'Band', 'Flags'],
    responses.map((response) => [
      localDate(new Date(response.takenAt), period.timeZone),
      `${response.result.score} of ${response.result.maxScore}`,
      wordsOf(response).bandLabel,
      wordsOf(response)
        .flags.map((flag) => flag.message)
        .join(' ') || 'none',
    ]),
  );
}

const inPeriod = (data: PersonDataExport, period: Period) =>
  data.checkIns
    .filter((checkIn) => checkIn.date >= period.from && checkIn.date <= period.to)
    .sort((a, b) => a.date.localeCompare(b.date));

function writeBloodPressure(report: ReportWriter, data: PersonDataExport, period: Period) {
  const readings = inPeriod(data, period).filter(
    (checkIn) => checkIn.systolicMmHg !== null && checkIn.diastolicMmHg !== null,
  );
  report.heading('Blood pressure and pulse');
  if (readings.length === 0) {
    report.fact('No blood pressure was recorded in this period.');
    return;
  }
  report.claim(
    'Readings repeatedly at or above 140/90 mmHg count as high blood pressure; 180/120 or above is a crisis that needs urgent care.',
    BLOOD_PRESSURE_SOURCE,
  );
  report.table(
    ['Date', 'Blood pressure (mmHg)', 'Pulse (beats/min)'],
    readings.map((checkIn) => [
      checkIn.date,
      `${checkIn.systolicMmHg}/${checkIn.diastolicMmHg}`,
      checkIn.heartRateBpm === null ? '–' : String(checkIn.heartRateBpm),
    ]),
  );
}

const bladderItems = [
  ['urinaryFrequency', 'Passing urine often'],
  ['urinaryUrgency', 'Sudden urges'],
  ['painPassingUrine', 'Pain passing urine'],
  ['lowerBellyPain', 'Lower-belly pain'],
] as const;

function writeBladder(
  report: ReportWriter,
  data: PersonDataExport,
  period: Period,
  detailed: boolean,
) {
  const checkIns = inPeriod(data, period);
  report.heading(detailed ? 'Bladder symptoms by week' : 'Bladder');
  report.claim(
    'Needing to pass urine often, sudden urges and lower-belly pain are the commonest signs of ketamine-related bladder damage; stopping ketamine is the first treatment.',
    BLADDER_SOURCE,
  );
  const weeks = mondaysBetween(period.from, period.to).map((monday) => {
    const ofWeek = checkIns.filter((checkIn) => mondayOf(checkIn.date) === monday);
    const mean = (values: Array<number | null>) => {
      const given = values.filter((value): value is number => value !== null);
      return given.length === 0
        ? null
        : given.reduce((sum, value) => sum + value, 0) / given.length;
    };
    return {
      monday,
      checkIns: ofWeek.length,
      score: mean(ofWeek.map(bladderScore)),
      items: bladderItems.map(([item]) => mean(ofWeek.map((checkIn) => checkIn[item]))),
    };
  });
  const shown = (value: number | null) => (value === null ? '–' : value.toFixed(1));
  report.chart({
    title: 'Bladder score, weekly average (0–12: four items scored 0–3)',
    unit: 'score',
    max: 12,
    style: 'line',
    points: weeks.map((week) => ({ label: weekLabel(week.monday), value: week.score })),
  });
  report.table(
    detailed
      ? ['Week commencing', 'Check-ins', ...bladderItems.map(([, label]) => label)]
      : ['Week commencing', 'Check-ins', 'Bladder score (0–12)'],
    weeks.map((week) => [
      week.monday,
      String(week.checkIns),
      ...(detailed ? week.items.map(shown) : [shown(week.score)]),
    ]),
  );
  const bloodDays = checkIns.filter((checkIn) => checkIn.bloodInUrine === true);
  report.heading('Blood in the urine');
  report.claim('Blood in the urine should always be checked by a doctor.', BLADDER_URGENT_SOURCE);
  report.fact(
    bloodDays.length === 0
      ? `Not recorded on any of the ${plural(checkIns.filter((checkIn) => checkIn.bloodInUrine !== null).length, 'day')} it was asked about.`
      : `Recorded on ${plural(bloodDays.length, 'day')}: ${bloodDays.map((checkIn) => checkIn.date).join(', ')}.`,
  );
}

function writeWarnings(report: ReportWriter, risk: RiskResult) {
  report.heading('Warnings Ketalog shows now');
  if (risk.flags.length === 0) {
    report.fact('None: the rules found nothing to warn about in the recent log.');
    return;
  }
  for (const flag of risk.flags) {
    const { title, why } = riskFlagWords(flag, messages, checkInteractions);
    report.claim(`${flag.severity === 'urgent' ? 'Urgent: ' : ''}${title}. ${why}`, flag.source);
  }
}

const goalWords = { stop: 'to stop', 'cut-down': 'to cut down', 'safer-use': 'to use more safely' };

function writeGoal(report: ReportWriter, data: PersonDataExport, risk: RiskResult) {
  report.heading('Current goal');
  const plan = data.recoveryPlan;
  if (!plan) {
    report.fact('No goal has been set in Ketalog.');
    return;
  }
  const progress = risk.summary.goal;
  report.fact(
    `Goal ${goalWords[plan.goal]}, set from ${plan.startDate}.${
      progress
        ? ` Current run without use: ${plural(progress.currentStreakDays, 'day')}; longest: ${plural(progress.longestStreakDays, 'day')}; lapses since the start: ${progress.lapses}.`
        : ''
    }`,
  );
}

const commonLimits = [
  'Everything here was written down by the person in the Ketalog app. It is not a clinical record and has not been checked by a clinician.',
  'A day without a check-in is a gap, not a day without symptoms; amounts are what was written down, and the strength of street ketamine is unknown.',
  'Questionnaire scores screen for symptoms; they do not make a diagnosis.',
];

export function buildReport(kind: ReportKind, { data, risk, now }: ReportInput): ReportDocument {
  const timeZone = data.account.profile.timeZone;
  const to = localDate(now, timeZone);
  const period = {
    from: isoDateOfDayNumber(dayNumberOfIsoDate(to) - (reportDays - 1)),
    to,
    timeZone,
  };
  const report = new ReportWriter();
  if (kind === 'gp') {
    writeUse(report, data, period);
    writeWarnings(report, risk);
    writeQuestionnaire(report, data, period, 'phq-9');
    writeQuestionnaire(report, data, period, 'gad-7');
    writeBloodPressure(report, data, period);
    writeBladder(report, data, period, false);
    writeGoal(report, data, risk);
  } else {
    writeBladder(report, data, period, true);
    writeUse(report, data, period);
  }
  return {
    title: kind === 'gp' ? 'Ketalog summary for a GP' : 'Ketalog bladder summary for a urologist',
    person: data.account.profile.displayName ?? 'not named',
    madeOn: to,
    from: period.from,
    to: period.to,
    blocks: report.blocks,
    limitsHeading: 'What these figures cannot show',
    limits: [
      ...commonLimits,
      ...(kind === 'urologist'
        ? [
            'The bladder items are simple 0–3 diary questions, not a validated bladder questionnaire.',
          ]
        : []),
    ],
    sources: report.sources,
  };
}
