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

/** This device's IANA time zone, e.g. "Europe/London". */
export const deviceTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * A wall-clock entry read in a time zone. At a clock change a time can be skipped (clocks
 * went forward: 01:30 never happened) or repeated (clocks went back: 01:30 happened twice);
 * both give the two instants the person may mean, earlier first, to ask which.
 */
export type WallClockReading =
  | { kind: 'invalid' }
  | { kind: 'exact'; iso: string }
  | { kind: 'skipped' | 'repeated'; choices: [string, string] };

const isoIn = (epochMs: number, timeZone: string) =>
  `${wallClockOf(new Date(epochMs), timeZone)}:00${formatOffset(timeZoneOffsetMs(epochMs, timeZone))}`;

/** A datetime-local value read in `timeZone`, as ISO 8601 with that zone's offset. */
export function readWallClock(value: string, timeZone: string): WallClockReading {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return { kind: 'invalid' };
  const wallClock = value.slice(0, 16);
  const asUtcMs = Date.parse(`${wallClock}:00Z`);
  if (Number.isNaN(asUtcMs)) return { kind: 'invalid' };
  // Every offset in force within a day either side: at most two, around one clock change.
  const offsets = [
    ...new Set([-1, 0, 1].map((days) => timeZoneOffsetMs(asUtcMs + days * 86_400_000, timeZone))),
  ];
  const candidates = [...new Set(offsets.map((offset) => asUtcMs - offset))].sort((a, b) => a - b);
  const matching = candidates.filter((ms) => wallClockOf(new Date(ms), timeZone) === wallClock);
  const [first, second] = matching.length > 0 ? matching : candidates;
  if (first === undefined) return { kind: 'invalid' };
  if (second === undefined) return { kind: 'exact', iso: isoIn(first, timeZone) };
  return {
    kind: matching.length > 0 ? 'repeated' : 'skipped',
    choices: [isoIn(first, timeZone), isoIn(second, timeZone)],
  };
}

/** A wall-clock value as an instant; at a clock change, the earlier of the two it may mean. */
export function wallClockToIso(value: string, timeZone: string): string | undefined {
  const reading = readWallClock(value, timeZone);
  if (reading.kind === 'invalid') return undefined;
  return reading.kind === 'exact' ? reading.iso : reading.choices[0];
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

/** A time with its zone's short name, "01:30 GMT": tells apart the two 01:30s of a clock change. */
export function formatTimeWithZone(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(new Date(instant));
}

/** "21:30" for a time today in `timeZone`, "Fri 27 Nov, 21:30" for any other day. */
export function formatWhen(instant: string, timeZone: string, now = new Date()): string {
  if (localDateOf(instant, timeZone) === todayIn(timeZone, now))
    return formatTime(instant, timeZone);
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
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
