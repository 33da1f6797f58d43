import { localDate, timeZoneOffsetMs } from '../../domain/risk/local-date.js';

/**
 * Wall-clock times in the person's profile time zone (not the browser's): a dose logged on
 * holiday still lands on the right local day in their history.
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** 'YYYY-MM-DDTHH:mm' for a datetime-local input, as the clock reads in `timeZone`. */
export function wallClockOf(instant: Date | string, timeZone: string): string {
  const epochMs = new Date(instant).getTime();
  return new Date(epochMs + timeZoneOffsetMs(epochMs, timeZone)).toISOString().slice(0, 16);
}

function formatOffset(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A datetime-local value read in `timeZone`, as ISO 8601 with that zone's offset. */
export function wallClockToIso(value: string, timeZone: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const asUtcMs = Date.parse(`${value.slice(0, 16)}:00Z`);
  if (Number.isNaN(asUtcMs)) return undefined;
  // The offset depends on the instant; a second pass settles times near a DST change.
  const firstGuessMs = asUtcMs - timeZoneOffsetMs(asUtcMs, timeZone);
  const instantMs = asUtcMs - timeZoneOffsetMs(firstGuessMs, timeZone);
  return `${wallClockOf(new Date(instantMs), timeZone)}:00${formatOffset(timeZoneOffsetMs(instantMs, timeZone))}`;
}

/** Today's local date in `timeZone`, 'YYYY-MM-DD'. */
export function todayIn(timeZone: string, now = new Date()): string {
  return localDate(now, timeZone);
}

/** The local date of an instant in `timeZone`. */
export function localDateOf(instant: string | Date, timeZone: string): string {
  return localDate(new Date(instant), timeZone);
}

export function formatTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone }).format(
    new Date(instant),
  );
}

export function formatDateTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(instant));
}

/** A calendar date 'YYYY-MM-DD' for people: no time zone shift, it is already local. */
export function formatLocalDate(date: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}
