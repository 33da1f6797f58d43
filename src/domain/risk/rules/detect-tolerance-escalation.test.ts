import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../history.js';
import { dosesOnDays, input } from '../test-helpers/build-input.js';
import { compareUseWindows } from './compare-use-windows.js';
import { detectToleranceEscalation } from './detect-tolerance-escalation.js';
import { wordsOf } from '../test-helpers/flag-words.js';

// Recent window: days 0–13 ago; baseline: days 14–41 ago.
const baselineDays = [15, 20, 25, 30, 35, 40]; // 1.5 use days a week
const recentDays = [1, 4, 7, 10]; // 2 use days a week: not a frequency rise (needs 2.25)

function evaluate(
  recentMg: number,
  recent = recentDays,
  baseline = baselineDays,
  baselineMg = 100,
) {
  const history = prepareHistory(
    input({ doses: [...dosesOnDays(baseline, baselineMg), ...dosesOnDays(recent, recentMg)] }),
  );
  return { flags: detectToleranceEscalation(history), comparison: compareUseWindows(history) };
}

describe('detectToleranceEscalation', () => {
  it('stays quiet when amounts are steady', () => {
    expect(evaluate(100).flags).toEqual([]);
    expect(evaluate(100).comparison.amountTrend).toBe('steady');
  });

  it('flags a rise of 25% in mg per use day, and not 24%', () => {
    expect(evaluate(124).flags).toEqual([]);
    const [flag] = evaluate(125).flags;
    expect(flag).toMatchObject({
      code: 'escalating-use',
      severity: 'advice',
      articleSlug: 'tolerance',
    });
    expect(wordsOf(flag)?.why).toContain('125 mg per use day');
    expect(evaluate(126).flags).toHaveLength(1);
  });

  it('calls a fall of 20% falling and not escalating', () => {
    expect(evaluate(80).comparison.amountTrend).toBe('falling');
    expect(evaluate(81).comparison.amountTrend).toBe('steady');
    expect(evaluate(80).flags).toEqual([]);
  });

  it('needs at least 4 recent use days and 3 earlier ones', () => {
    expect(evaluate(200, [1, 4, 7]).flags).toEqual([]);
    expect(evaluate(200, [1, 4, 7]).comparison.amountTrend).toBe('not-enough-data');
    expect(evaluate(200, recentDays, [15, 20]).flags).toEqual([]);
    expect(evaluate(200, recentDays, [15, 20, 25]).flags).toHaveLength(1);
  });

  it('flags clearly more use days a week at the same amount', () => {
    // baseline 3 days in 4 weeks = 0.75/week; recent 4 days in 2 weeks = 2/week
    const { flags } = evaluate(100, recentDays, [15, 25, 35]);
    expect(flags).toHaveLength(1);
    expect(wordsOf(flags[0])?.why).toContain('2.0 use days a week recently, against 0.8 before');
  });

  it('does not call a small rise in frequency escalation', () => {
    // baseline 1.5/week → recent needs ≥ 2.5/week (×1.5 and +1); 4 days = 2/week, 5 = 2.5/week
    expect(evaluate(100, [1, 3, 5, 7]).flags).toEqual([]);
    expect(evaluate(100, [1, 3, 5, 7, 9]).flags).toHaveLength(1);
  });
});
