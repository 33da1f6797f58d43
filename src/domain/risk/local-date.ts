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
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  return daysFromCivil(year, month, day);
}

/** Parses ASCII digits without allocating substrings (this runs for every check-in). */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-compatible
 * low-level date algorithms"). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function isoDateOfDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return isoDateOfDayNumber(dayNumberOfIsoDate(value)) === value;
}
