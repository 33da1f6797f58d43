import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../history.js';
import { checkInDaysAgo, input } from '../test-helpers/build-input.js';
import { compareCraving } from './craving-trend.js';
import { detectCravingTrend } from './detect-craving-trend.js';
import { wordsOf } from '../test-helpers/flag-words.js';

/** Check-ins: `recent` cravings on days 0,1,2…; `previous` on days 7,8,9… */
function evaluate(recent: number[], previous: number[]) {
  const checkIns = [
    ...previous.map((craving, index) => checkInDaysAgo(7 + index, { craving })),
    ...recent.map((craving, index) => checkInDaysAgo(index, { craving })),
  ];
  const history = prepareHistory(input({ checkIns }));
  return { flags: detectCravingTrend(history), trend: compareCraving(history).trend };
}

describe('detectCravingTrend', () => {
  it('flags craving up by 1.5 points on average, not by 1.4', () => {
    expect(evaluate([5.4, 5.4, 5.4], [4, 4, 4])).toEqual({ flags: [], trend: 'steady' });
    const { flags, trend } = evaluate([5.5, 5.5, 5.5], [4, 4, 4]);
    expect(trend).toBe('rising');
    expect(flags[0]).toMatchObject({ code: 'craving-rising', severity: 'advice' });
    expect(wordsOf(flags[0])?.why).toContain('5.5 out of 10 this week, up from 4.0');
  });

  it('calls a drop of 1.5 points falling, without a flag', () => {
    expect(evaluate([2, 2, 2], [3.5, 3.5, 3.5])).toEqual({ flags: [], trend: 'falling' });
  });

  it('needs 3 check-ins with craving in each week', () => {
    expect(evaluate([9, 9], [1, 1, 1]).trend).toBe('not-enough-data');
    expect(evaluate([9, 9, 9], [1, 1]).trend).toBe('not-enough-data');
    expect(evaluate([9, 9, 9], [1, 1]).flags).toEqual([]);
  });

  it('leaves out check-ins older than 14 days', () => {
    const checkIns = [
      checkInDaysAgo(14, { craving: 0 }),
      ...[7, 8, 9].map((day) => checkInDaysAgo(day, { craving: 4 })),
      ...[0, 1, 2].map((day) => checkInDaysAgo(day, { craving: 5.4 })),
    ];
    expect(compareCraving(prepareHistory(input({ checkIns }))).trend).toBe('steady');
  });
});
