import { timeZoneOffsetMs } from './local-date.js';

/**
 * Maps instants to local day numbers (days since 1970-01-01 in the person's time zone) fast
 * enough for thousands of doses per evaluation. Asking Intl for every dose costs about 1 µs
 * each; instead we ask for the UTC offset once per week boundary and, only in weeks where
 * the offset changed (daylight saving), search for the moment of change. Time zones never
 * change offset twice within a week, so a week with equal offsets at both ends has one offset.
 * The table is cached per time zone and reused across evaluations.
 */

const MS_PER_DAY = 86_400_000;
const WEEK_MS = 7 * MS_PER_DAY;
/** Offsets change on whole seconds at the finest. */
const TRANSITION_PRECISION_MS = 1000;
/** Bounds memory if a server evaluates people in very many zones. */
const MAX_CACHED_ZONES = 64;

type Week = { transitionMs: number; offsetBeforeMs: number; offsetAfterMs: number };

export type LocalDayNumberer = (epochMs: number) => number;

const numberers = new Map<string, LocalDayNumberer>();

export function localDayNumberer(timeZone: string): LocalDayNumberer {
  const cached = numberers.get(timeZone);
  if (cached) return cached;
  if (numberers.size >= MAX_CACHED_ZONES) numberers.clear();
  const numberer = createNumberer(timeZone);
  numberers.set(timeZone, numberer);
  return numberer;
}

function createNumberer(timeZone: string): LocalDayNumberer {
  // Validates the zone up front (throws AppError for an unknown zone).
  timeZoneOffsetMs(0, timeZone);
  const boundaryOffsets = new Map<number, number>();
  const weeks = new Map<number, Week>();

  const offsetAtBoundary = (weekIndex: number): number => {
    let offset = boundaryOffsets.get(weekIndex);
    if (offset === undefined) {
      offset = timeZoneOffsetMs(weekIndex * WEEK_MS, timeZone);
      boundaryOffsets.set(weekIndex, offset);
    }
    return offset;
  };

  const weekOf = (weekIndex: number): Week => {
    const known = weeks.get(weekIndex);
    if (known) return known;
    const before = offsetAtBoundary(weekIndex);
    const after = offsetAtBoundary(weekIndex + 1);
    const week: Week =
      before === after
        ? { transitionMs: Infinity, offsetBeforeMs: before, offsetAfterMs: before }
        : {
            transitionMs: findTransition(weekIndex * WEEK_MS, (weekIndex + 1) * WEEK_MS, before),
            offsetBeforeMs: before,
            offsetAfterMs: after,
          };
    weeks.set(weekIndex, week);
    return week;
  };

  // Smallest instant in (lowMs, highMs] whose offset differs from offsetBeforeMs.
  const findTransition = (lowMs: number, highMs: number, offsetBeforeMs: number): number => {
    let low = lowMs;
    let high = highMs;
    while (high - low > TRANSITION_PRECISION_MS) {
      const steps = Math.max(1, Math.floor((high - low) / 2 / TRANSITION_PRECISION_MS));
      const middle = low + steps * TRANSITION_PRECISION_MS;
      if (timeZoneOffsetMs(middle, timeZone) === offsetBeforeMs) low = middle;
      else high = middle;
    }
    return high;
  };

  return (epochMs) => {
    const week = weekOf(Math.floor(epochMs / WEEK_MS));
    const offset = epochMs < week.transitionMs ? week.offsetBeforeMs : week.offsetAfterMs;
    return Math.floor((epochMs + offset) / MS_PER_DAY);
  };
}
