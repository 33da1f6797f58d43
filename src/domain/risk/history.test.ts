import { describe, expect, it } from 'vitest';
import { checkInsInLastDays, prepareHistory, useInLastDays } from './history.js';
import { checkInDaysAgo, doseDaysAgo, doseHoursAgo, input } from './test-helpers/build-input.js';

describe('prepareHistory', () => {
  it('sorts doses and check-ins that arrive in any order', () => {
    const history = prepareHistory(
      input({
        doses: [doseDaysAgo(1, 10), doseDaysAgo(5, 20), doseDaysAgo(3, 30)],
        checkIns: [
          checkInDaysAgo(0, { craving: 1 }),
          checkInDaysAgo(9, { craving: 9 }),
          checkInDaysAgo(4, { craving: 4 }),
        ],
      }),
    );
    expect(history.doses.map((dose) => dose.mg)).toEqual([20, 30, 10]);
    expect(history.checkIns.map((checkIn) => checkIn.craving)).toEqual([9, 4, 1]);
    expect(checkInsInLastDays(history, 5).map((checkIn) => checkIn.craving)).toEqual([4, 1]);
  });

  it('adds up several doses on one local day', () => {
    const history = prepareHistory(input({ doses: [doseHoursAgo(1, 30), doseHoursAgo(2, 45)] }));
    expect(useInLastDays(history, 1)).toEqual({ useDays: 1, mg: 75, windowDays: 1 });
  });

  it('keeps treatment doses for combinations but not as use', () => {
    const history = prepareHistory(
      input({ doses: [doseHoursAgo(1, 56, { purpose: 'treatment', route: 'esketamine-nasal' })] }),
    );
    expect(history.doses).toHaveLength(1);
    expect(history.useDoses).toHaveLength(0);
    expect(useInLastDays(history, 7).useDays).toBe(0);
  });

  it('ignores check-ins dated after today', () => {
    const history = prepareHistory(input({ checkIns: [checkInDaysAgo(-1, { craving: 5 })] }));
    expect(checkInsInLastDays(history, 7)).toEqual([]);
  });
});
