import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../history.js';
import { doseDaysAgo, doseHoursAgo, input } from '../test-helpers/build-input.js';
import type { RiskDose } from '../types.js';
import { detectLastUse } from './detect-last-use.js';
import { wordsOf } from '../test-helpers/flag-words.js';

const run = (doses: RiskDose[]) => detectLastUse(prepareHistory(input({ doses })));

describe('detectLastUse', () => {
  it('says nothing when no use is logged', () => {
    expect(run([])).toEqual([]);
  });

  it('says the person used today', () => {
    expect(wordsOf(run([doseHoursAgo(1, 50)])[0])?.title).toBe('You used today');
  });

  it('counts local days since the last use', () => {
    const [flag] = run([doseDaysAgo(10, 50), doseDaysAgo(3, 50)]);
    expect(flag).toMatchObject({ code: 'days-since-last-use', severity: 'info' });
    expect(flag?.params).toEqual({ days: 3 });
    expect(wordsOf(flag)?.title).toBe('3 days since you last used');
  });

  it('does not count doses given in treatment as use', () => {
    const [flag] = run([
      doseDaysAgo(4, 50),
      doseHoursAgo(1, 56, { purpose: 'treatment', route: 'esketamine-nasal' }),
    ]);
    expect(wordsOf(flag)?.title).toBe('4 days since you last used');
  });

  it('counts a dose logged a little in the future as now', () => {
    expect(wordsOf(run([doseHoursAgo(-2, 50)])[0])?.title).toBe('You used today');
  });
});
