/**
 * A report as data: what a renderer draws (PDF today). Health statements carry the numbers of
 * the sources they rest on; `limits` says what the figures cannot show.
 */
export type ReportChart = {
  title: string;
  /** What the y axis counts, e.g. "days with use". */
  unit: string;
  /** The axis runs from 0 to at least this (a questionnaire's top score, say). */
  max: number;
  style: 'bars' | 'line';
  points: Array<{ label: string; value: number | null }>;
};

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; sources?: number[] }
  | { kind: 'table'; columns: string[]; rows: string[][] }
  | { kind: 'chart'; chart: ReportChart };

export type ReportDocument = {
  title: string;
  /** Whose report, as their profile names them (or "not named"). */
  person: string;
  /** Local date the report was made on, and the period it covers (inclusive). */
  madeOn: string;
  from: string;
  to: string;
  blocks: ReportBlock[];
  /** The heading over `limits`, e.g. "What these figures cannot show". */
  limitsHeading: string;
  limits: string[];
  /** Numbered from 1, in the order the blocks cite them. */
  sources: string[];
};

export const reportKinds = ['gp', 'urologist'] as const;
export type ReportKind = (typeof reportKinds)[number];
