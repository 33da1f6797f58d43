import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../history.js';
import { doseDaysAgo, dosesOnDays, input } from '../test-helpers/build-input.js';
import { detectUseDays } from './detect-use-days.js';
import { wordsOf } from '../test-helpers/flag-words.js';

describe('detectUseDays', () => {
  it('says nothing without use in the last 28 days', () => {
    expect(detectUseDays(prepareHistory(input({ doses: dosesOnDays([28, 40], 50) })))).toEqual([]);
  });

  it('counts a day 6 days ago in the last 7 and one 7 days ago only in the last 28', () => {
    const doses = dosesOnDays([0, 6, 7, 27], 50);
    const [flag] = detectUseDays(prepareHistory(input({ doses })));
    expect(wordsOf(flag)?.title).toBe('Used on 2 days of the last 7 and 4 of the last 28');
  });

  it('counts several doses on one day as one use day and reports mg per use day', () => {
    const doses = [doseDaysAgo(1, 40), doseDaysAgo(1.1, 60), doseDaysAgo(3, 50)];
    const [flag] = detectUseDays(prepareHistory(input({ doses })));
    expect(wordsOf(flag)?.title).toBe('Used on 2 days of the last 7 and 2 of the last 28');
    expect(flag?.params).toEqual({ useDaysLast7: 2, useDaysLast28: 2, mgPerUseDay: 75 });
    expect(wordsOf(flag)?.why).toContain('about 75 mg a day');
  });
});
