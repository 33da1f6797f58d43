import { AppError } from '../errors.js';
import type { IsoDate } from './types.js';

/**
 * Local calendar dates in the person's IANA time zone, with Intl only (pure, works in the
 * browser). Formatter construction is slow, so one formatter per time zone is cached.
 */

const MS_PER_DAY = 86_400_000;

const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function cachedFormatter(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const cached = cache.get(timeZone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-CA', { ...options, timeZone });
  } catch {
    throw new AppError('validation_failed', `Unknown time zone: ${timeZone}`, [
      { path: 'timeZone', message: 'must be an IANA time zone such as Europe/London' },
    ]);
  }
  cache.set(timeZone, formatter);
  return formatter;
}

/** The person's local date of an instant, 'YYYY-MM-DD'. */
export function localDate(date: Date, timeZone: string): IsoDate {
  const formatter = cachedFormatter(dateFormatters, timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  // en-CA formats dates as YYYY-MM-DD.
  return formatter.format(date);
}

/** Milliseconds to add to UTC to get local wall-clock time at this instant. */
export function timeZoneOffsetMs(epochMs: number, timeZone: string): number {
  const formatter = cachedFormatter(offsetFormatters, timeZone, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wallClockMs = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wallClockMs - (epochMs - mod(epochMs, 1000));
}

function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

/** Whole days since 1970-01-01 of a 'YYYY-MM-DD' date (calendar arithmetic, no time zone). */
export function dayNumberOfIsoDate(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function isoDateOfDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return isoDateOfDayNumber(dayNumberOfIsoDate(value)) === value;
}
