import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MILESTONE_DAYS, milestonesOf } from './milestones.js';

describe('milestones of a streak', () => {
  it('has none reached before the first full day, with 1 day next', () => {
    expect(milestonesOf(0)).toEqual({ reached: [], next: 1, daysToNext: 1 });
  });

  it('counts 1, 3 and 7 days reached after a week, with 14 days next', () => {
    expect(milestonesOf(8)).toEqual({ reached: [1, 3, 7], next: 14, daysToNext: 6 });
  });

  it('has every milestone reached and none next after a year', () => {
    expect(milestonesOf(400)).toEqual({
      reached: [...MILESTONE_DAYS],
      next: null,
      daysToNext: null,
    });
  });

  it('always has the next milestone beyond the streak and every reached one within it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (streak) => {
        const { reached, next } = milestonesOf(streak);
        for (const days of reached) expect(days).toBeLessThanOrEqual(streak);
        if (next !== null) expect(next).toBeGreaterThan(streak);
        expect(reached.length + (next === null ? 0 : 1)).toBeLessThanOrEqual(MILESTONE_DAYS.length);
      }),
    );
  });
});
