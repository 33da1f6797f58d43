import { dayNumberOfIsoDate } from '../risk/local-date.js';

/**
 * Depression outcomes of a clinic's treatment courses, by the published measure definitions
 * (clinical-workspace.md §2):
 * - a course counts when its index PHQ-9 is above 9 (NQF 1884/1885, CMS159);
 * - response: the PHQ-9 falls by 50 % or more, measured at 6 months (NQF 1884) and at
 *   12 months (NQF 1885), each ± 60 days after the index;
 * - remission: the PHQ-9 is below 5 at 12 months ± 60 days (CMS159).
 * The most recent PHQ-9 in a window is the one that counts, and a course without one there
 * counts as not met; a course is counted only once its window has closed.
 */

export const INDEX_MIN_SCORE = 10;
export const REMISSION_BELOW = 5;
export const RESPONSE_FALL = 0.5;
export const WINDOW_HALF_DAYS = 60;
export const MEASURES = {
  response6: { targetDays: 182, source: 'NQF 1884: depression response at six months' },
  response12: { targetDays: 365, source: 'NQF 1885: depression response at twelve months' },
  remission12: {
    targetDays: 365,
    source: 'CMS159 (CBE 0710e): depression remission at twelve months',
  },
} as const;
/** Cells describing fewer people than this are not shown: they could identify someone. */
export const SMALL_CELL = 5;
/** How long before the first session a PHQ-9 may be to serve as the course's baseline. */
export const BASELINE_LOOKBACK_DAYS = 30;

export type Phq9 = { date: string; score: number };
export type Course = {
  product: string;
  /** Local dates of the sessions, oldest first. */
  sessionDates: string[];
  /** Oldest first. */
  phq9: Phq9[];
  /** Bladder scores of the daily check-ins, oldest first (empty when not shared). */
  bladder?: BladderScore[];
};

type MeasureName = keyof typeof MEASURES;
export type CourseOutcome = {
  product: string;
  baseline: Phq9;
  /** null: the window has not closed yet (not counted). */
  measures: Record<MeasureName, boolean | null>;
  sessionsToResponse: number | null;
};

const day = dayNumberOfIsoDate;

/** The baseline: the last PHQ-9 in the 30 days up to the first session, if above 9. */
export function courseOutcome(course: Course, today: string): CourseOutcome | null {
  const first = course.sessionDates[0];
  if (!first) return null;
  const before = course.phq9.filter(
    (result) =>
      day(result.date) <= day(first) && day(result.date) >= day(first) - BASELINE_LOOKBACK_DAYS,
  );
  const baseline = before.at(-1);
  if (!baseline || baseline.score < INDEX_MIN_SCORE) return null;
  const measureAt = (name: MeasureName) => {
    const { targetDays } = MEASURES[name];
    const from = day(baseline.date) + targetDays - WINDOW_HALF_DAYS;
    const to = day(baseline.date) + targetDays + WINDOW_HALF_DAYS;
    if (day(today) <= to) return null;
    const latest = course.phq9
      .filter((result) => day(result.date) >= from && day(result.date) <= to)
      .at(-1);
    if (!latest) return false;
    return name === 'remission12'
      ? latest.score < REMISSION_BELOW
      : latest.score <= baseline.score * (1 - RESPONSE_FALL);
  };
  const responded = course.phq9.find(
    (result) =>
      day(result.date) > day(baseline.date) && result.score <= baseline.score * (1 - RESPONSE_FALL),
  );
  return {
    product: course.product,
    baseline,
    measures: {
      response6: measureAt('response6'),
      response12: measureAt('response12'),
      remission12: measureAt('remission12'),
    },
    sessionsToResponse: responded
      ? course.sessionDates.filter((date) => day(date) <= day(responded.date)).length
      : null,
  };
}

/**
 * The bladder score (the check-in's four 0–3 items: frequency, urgency, pain passing urine,
 * lower-belly pain; 0–12) over a course, because ketamine harms the bladder: frequency,
 * urgency and suprapubic pain in most people with ketamine uropathy (HKMJ 2022;28(6):466).
 * No guideline sets a screening score (clinical-workspace.md §1 b3), so the trend is
 * reported as it is: the baseline is the last score in the 30 days up to the first session
 * (as for the PHQ-9), the latest is the last score after it, the change is latest − baseline.
 */
export const bladderSource =
  'Bladder score of the daily check-in (frequency, urgency, pain passing urine, lower-belly pain; 0–12): ketamine uropathy symptoms (HKMJ 2022;28(6):466); no guideline cut-off exists';

export type BladderScore = { date: string; score: number };
export type BladderTrend = {
  product: string;
  baseline: BladderScore;
  latest: BladderScore;
  change: number;
};

export function bladderTrend(course: Course): BladderTrend | null {
  const first = course.sessionDates[0];
  const scores = course.bladder ?? [];
  if (!first) return null;
  const baseline = scores
    .filter(
      (entry) =>
        day(entry.date) <= day(first) && day(entry.date) >= day(first) - BASELINE_LOOKBACK_DAYS,
    )
    .at(-1);
  const latest = scores.filter((entry) => day(entry.date) > day(first)).at(-1);
  if (!baseline || !latest) return null;
  return { product: course.product, baseline, latest, change: latest.score - baseline.score };
}

/** Wilson score interval, 95 %: sound for small counts and for rates near 0 or 1. */
export function wilsonInterval(met: number, total: number): [number, number] {
  const z = 1.959964;
  const rate = met / total;
  const denominator = 1 + (z * z) / total;
  const centre = (rate + (z * z) / (2 * total)) / denominator;
  const half =
    (z * Math.sqrt((rate * (1 - rate)) / total + (z * z) / (4 * total * total))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export type MeasureCell =
  | { suppressed: true }
  | { suppressed: false; counted: number; met: number; rate: number; ci95: [number, number] };

export type BladderCell =
  | { suppressed: true }
  | {
      suppressed: false;
      counted: number;
      medianBaseline: number;
      medianLatest: number;
      medianChange: number;
      /** Courses whose score rose, fell. */
      rose: number;
      fell: number;
    };

export type OutcomeGroup = {
  product: string;
  /** Courses with a baseline above 9; null when fewer than 5. */
  courses: number | null;
  measures: Record<MeasureName, MeasureCell>;
  medianSessionsToResponse: number | null;
  bladder: BladderCell;
};

function cell(values: Array<boolean | null>): MeasureCell {
  const counted = values.filter((value) => value !== null);
  if (counted.length < SMALL_CELL) return { suppressed: true };
  const met = counted.filter(Boolean).length;
  return {
    suppressed: false,
    counted: counted.length,
    met,
    rate: met / counted.length,
    ci95: wilsonInterval(met, counted.length),
  };
}

function bladderCell(trends: readonly BladderTrend[]): BladderCell {
  if (trends.length < SMALL_CELL) return { suppressed: true };
  return {
    suppressed: false,
    counted: trends.length,
    medianBaseline: median(trends.map((trend) => trend.baseline.score))!,
    medianLatest: median(trends.map((trend) => trend.latest.score))!,
    medianChange: median(trends.map((trend) => trend.change))!,
    rose: trends.filter((trend) => trend.change > 0).length,
    fell: trends.filter((trend) => trend.change < 0).length,
  };
}

/** Entries grouped by product, with every entry under `all` too. */
function byProduct<Entry extends { product: string }>(entries: readonly Entry[]) {
  const groups = new Map<string, Entry[]>([['all', [...entries]]]);
  for (const entry of entries) {
    groups.set(entry.product, [...(groups.get(entry.product) ?? []), entry]);
  }
  return groups;
}

/** Counts and rates per product and for all, with cells under 5 people suppressed. */
export function summarizeOutcomes(
  outcomes: readonly CourseOutcome[],
  bladderTrends: readonly BladderTrend[] = [],
): OutcomeGroup[] {
  const groups = byProduct(outcomes);
  const bladderGroups = byProduct(bladderTrends);
  for (const product of bladderGroups.keys()) if (!groups.has(product)) groups.set(product, []);
  return [...groups].map(([product, members]) => {
    const small = members.length < SMALL_CELL;
    const toResponse = members.flatMap((member) =>
      member.sessionsToResponse === null ? [] : [member.sessionsToResponse],
    );
    return {
      product,
      courses: small ? null : members.length,
      measures: {
        response6: cell(members.map((member) => member.measures.response6)),
        response12: cell(members.map((member) => member.measures.response12)),
        remission12: cell(members.map((member) => member.measures.remission12)),
      },
      medianSessionsToResponse: toResponse.length < SMALL_CELL ? null : median(toResponse),
      bladder: bladderCell(bladderGroups.get(product) ?? []),
    };
  });
}

/**
 * The same as CSV, one row per product and measure, suppressed cells left empty; the
 * bladder-score trend is one more row per product (`bladder_trend`) with its own columns.
 */
export function outcomesCsv(groups: readonly OutcomeGroup[]): string {
  const rows = [
    [
      'product',
      'measure',
      'courses',
      'counted',
      'met',
      'rate',
      'ci95_low',
      'ci95_high',
      'median_sessions_to_response',
      'median_baseline',
      'median_latest',
      'median_change',
      'rose',
      'fell',
      'source',
    ],
  ];
  const noBladder = ['', '', '', '', ''];
  for (const group of groups) {
    for (const name of Object.keys(MEASURES) as MeasureName[]) {
      const measure = group.measures[name];
      const figures = measure.suppressed
        ? ['', '', '', '', '']
        : [
            measure.counted,
            measure.met,
            measure.rate.toFixed(3),
            measure.ci95[0].toFixed(3),
            measure.ci95[1].toFixed(3),
          ];
      rows.push([
        group.product,
        name,
        String(group.courses ?? ''),
        ...figures.map(String),
        String(group.medianSessionsToResponse ?? ''),
        ...noBladder,
        MEASURES[name].source,
      ]);
    }
    const { bladder } = group;
    rows.push([
      group.product,
      'bladder_trend',
      '',
      bladder.suppressed ? '' : String(bladder.counted),
      '',
      '',
      '',
      '',
      '',
      ...(bladder.suppressed
        ? noBladder
        : [
            bladder.medianBaseline,
            bladder.medianLatest,
            bladder.medianChange,
            bladder.rose,
            bladder.fell,
          ].map(String)),
      bladderSource,
    ]);
  }
  return `${rows.map((row) => row.map((value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(',')).join('\n')}\n`;
}
