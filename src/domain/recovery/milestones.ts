/** Days without use worth marking: the first day, then the first weeks, months and a year. */
export const MILESTONE_DAYS = [1, 3, 7, 14, 30, 60, 90, 180, 365] as const;

export type Milestones = {
  /** Milestones the current streak has reached, in order. */
  reached: number[];
  /** The next milestone, or null after a year. */
  next: number | null;
  /** Days from the current streak to the next milestone. */
  daysToNext: number | null;
};

/** Where a streak of use-free days stands against the milestones. */
export function milestonesOf(streakDays: number): Milestones {
  const reached = MILESTONE_DAYS.filter((days) => streakDays >= days);
  const next = MILESTONE_DAYS.find((days) => streakDays < days) ?? null;
  return { reached, next, daysToNext: next === null ? null : next - streakDays };
}
