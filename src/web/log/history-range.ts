import { dayNumberOfIsoDate } from '../../domain/risk/local-date.js';
import type { MessageKey } from '../i18n/t.js';

/** How far back History looks. */
export const HISTORY_RANGES = ['4w', '3m', '1y', 'all'] as const;
export type HistoryRange = (typeof HISTORY_RANGES)[number];
export const DEFAULT_HISTORY_RANGE: HistoryRange = '3m';

export const historyRangeLabels: Record<HistoryRange, MessageKey> = {
  '4w': 'log.history.range.4w',
  '3m': 'log.history.range.3m',
  '1y': 'log.history.range.1y',
  all: 'log.history.range.all',
};

const MS_PER_DAY = 86_400_000;

/** The first local date ('YYYY-MM-DD') a range shows, counted back from `today`; null for all. */
export function historyRangeStart(range: HistoryRange, today: string): string | null {
  if (range === 'all') return null;
  if (range === '4w') {
    return new Date((dayNumberOfIsoDate(today) - 27) * MS_PER_DAY).toISOString().slice(0, 10);
  }
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const monthsBack = range === '3m' ? 3 : 12;
  // Clamp to the last day of the target month: three months before 31 May is 28/29 February.
  const target = new Date(Date.UTC(year, month - 1 - monthsBack, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
  target.setUTCDate(Math.min(day, lastDay.getUTCDate()) + 1);
  return target.toISOString().slice(0, 10);
}
