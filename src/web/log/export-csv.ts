import { WITHDRAWAL_SYMPTOMS } from '../../domain/log/vocabulary.js';
import type { CheckIn, Dose } from '../../domain/log/log-api.js';
import type { Craving } from '../../domain/recovery/recovery-api.js';
import type { QuestionnaireResponse } from '../../domain/questionnaires/questionnaires-api.js';
import { wallClockOf } from './zoned-time.js';

type Cell = string | number | boolean | null | undefined;

/**
 * RFC 4180 quoting, and a leading apostrophe on text that a spreadsheet would run as a
 * formula (OWASP "CSV injection"): notes are free text the person typed.
 */
function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A UTC time as the clock read in the person's time zone, for the column beside it. */
const localColumn = (name: string, timeZone: string) => `${name}Local (${timeZone})`;
const localTime = (instant: string, timeZone: string) =>
  wallClockOf(instant, timeZone).replace('T', ' ');

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function dosesCsv(doses: Dose[], timeZone: string): string {
  return toCsv(
    [
      'id',
      'takenAt',
      localColumn('takenAt', timeZone),
      'mg',
      'route',
      'purpose',
      'coUse',
      'setting',
      'notes',
    ],
    doses.map((dose) => [
      dose.id,
      dose.takenAt,
      localTime(dose.takenAt, timeZone),
      dose.mg,
      dose.route,
      dose.purpose,
      dose.coUse
        .map((use) =>
          [
            use.substance,
            use.amount === undefined ? '' : ` ${use.amount}`,
            use.unit ? ` ${use.unit}` : '',
          ]
            .join('')
            .trim(),
        )
        .join('; '),
      dose.setting,
      dose.notes,
    ]),
  );
}

const checkInColumns = [
  'craving',
  'mood',
  'sleepHours',
  'sleepQuality',
  'dissociation',
  'urinaryFrequency',
  'urinaryUrgency',
  'painPassingUrine',
  'lowerBellyPain',
  'bloodInUrine',
  'selfHarmThoughts',
  'systolicMmHg',
  'diastolicMmHg',
  'heartRateBpm',
] as const;

export function checkInsCsv(checkIns: CheckIn[]): string {
  return toCsv(
    [
      'date',
      ...checkInColumns,
      ...WITHDRAWAL_SYMPTOMS.map((symptom) => `symptom:${symptom}`),
      'notes',
    ],
    checkIns.map((checkIn) => [
      checkIn.date,
      ...checkInColumns.map((column) => checkIn[column]),
      ...WITHDRAWAL_SYMPTOMS.map((symptom) => checkIn.symptoms[symptom]),
      checkIn.notes,
    ]),
  );
}

export function questionnaireResponsesCsv(
  responses: QuestionnaireResponse[],
  timeZone: string,
): string {
  return toCsv(
    [
      'id',
      'questionnaireId',
      'takenAt',
      localColumn('takenAt', timeZone),
      'score',
      'maxScore',
      'bandId',
      'answers',
    ],
    responses.map((response) => [
      response.id,
      response.questionnaireId,
      response.takenAt,
      localTime(response.takenAt, timeZone),
      response.result.score,
      response.result.maxScore,
      response.result.bandId,
      response.answers.join(' '),
    ]),
  );
}

export function cravingsCsv(cravings: Craving[], timeZone: string): string {
  return toCsv(
    ['id', 'at', localColumn('at', timeZone), 'intensity', 'toolsTried', 'helped', 'notes'],
    cravings.map((craving) => [
      craving.id,
      craving.at,
      localTime(craving.at, timeZone),
      craving.intensity,
      craving.toolsTried.join(' '),
      craving.helped,
      craving.notes,
    ]),
  );
}
