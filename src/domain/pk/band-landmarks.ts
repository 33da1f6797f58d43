import type { EffectBand } from './effect-bands.js';

/** When a concentration curve enters and leaves an effect band, and when it falls below it for good. */

export type BandLandmark = EffectBand & {
  /** Periods inside [lower, upper]; leaveMin null if still inside at the end. */
  intervals: { enterMin: number; leaveMin: number | null }[];
  /** Whether the curve ever reaches the lower edge. */
  reached: boolean;
  /** From this time on the curve stays below the lower edge; null if still at or above it at the end. */
  fallsBelowAtMin: number | null;
  /** fallsBelowAtMin minus the time of the last dose (null when fallsBelowAtMin is, or nothing was reached). */
  minutesBelowAfterLastDose: number | null;
};

/** Crossing times are interpolated linearly between grid points (exact to within one step). */
export function bandLandmarks({
  band,
  timesMin,
  concentrationsNgPerMl,
  lastDoseMin,
}: {
  band: EffectBand;
  timesMin: ArrayLike<number>;
  concentrationsNgPerMl: ArrayLike<number>;
  lastDoseMin: number | null;
}): BandLandmark {
  const { lowerNgPerMl: lower, upperNgPerMl: upper } = band;
  const c = (i: number) => concentrationsNgPerMl[i] ?? 0;
  const t = (i: number) => timesMin[i] ?? 0;
  const crossing = (i: number, level: number) => {
    const before = c(i - 1);
    const after = c(i);
    if (after === before) return t(i);
    return t(i - 1) + ((level - before) / (after - before)) * (t(i) - t(i - 1));
  };
  const inside = (i: number) => c(i) >= lower && c(i) <= upper;

  const intervals: BandLandmark['intervals'] = [];
  let lastAtOrAbove = -1;
  for (let i = 0; i < concentrationsNgPerMl.length; i += 1) {
    if (c(i) >= lower) lastAtOrAbove = i;
    const now = inside(i);
    const was = i > 0 && inside(i - 1);
    if (now && !was) {
      const enterMin = i === 0 ? t(0) : crossing(i, c(i - 1) < lower ? lower : upper);
      intervals.push({ enterMin, leaveMin: null });
    } else if (!now && was) {
      const open = intervals[intervals.length - 1];
      if (open) open.leaveMin = crossing(i, c(i) < lower ? lower : upper);
    }
  }
  const reached = lastAtOrAbove >= 0;
  const lastIndex = concentrationsNgPerMl.length - 1;
  let fallsBelowAtMin: number | null;
  if (!reached) fallsBelowAtMin = t(0);
  else if (lastAtOrAbove === lastIndex) fallsBelowAtMin = null;
  else fallsBelowAtMin = crossing(lastAtOrAbove + 1, lower);
  const minutesBelowAfterLastDose =
    reached && fallsBelowAtMin !== null && lastDoseMin !== null
      ? Math.max(0, fallsBelowAtMin - lastDoseMin)
      : null;
  return { ...band, intervals, reached, fallsBelowAtMin, minutesBelowAfterLastDose };
}
