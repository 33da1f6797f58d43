import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../history.js';
import { dateDaysAgo, doseDaysAgo, dosesOnDays, input } from '../test-helpers/build-input.js';
import type { RiskDose, RiskPlan } from '../types.js';
import { detectGoalProgress } from './detect-goal-progress.js';
import { goalProgress } from './goal-progress.js';
import { wordsOf } from '../test-helpers/flag-words.js';

function evaluate(doses: RiskDose[], plan: RiskPlan | undefined) {
  const progress = goalProgress(prepareHistory(input({ doses, ...(plan ? { plan } : {}) })));
  return { progress, flags: detectGoalProgress(progress) };
}

describe('goal progress', () => {
  it('says nothing without a plan', () => {
    expect(evaluate(dosesOnDays([3], 50), undefined)).toEqual({ progress: null, flags: [] });
  });

  it('counts days without use since the plan started', () => {
    const { progress, flags } = evaluate(dosesOnDays([12, 11], 50), {
      goal: 'stop',
      startDate: dateDaysAgo(10),
    });
    expect(progress).toMatchObject({
      daysSinceStart: 10,
      daysSinceLastUse: 11,
      currentStreakDays: 11,
      longestStreakDays: 11,
      lapses: 0,
    });
    expect(flags[0]).toMatchObject({ code: 'goal-progress', severity: 'info' });
    expect(wordsOf(flags[0])?.title).toBe('Your plan to stop: 11 days without ketamine');
  });

  it('restarts the count after a lapse and keeps the longest streak, kindly', () => {
    const { progress, flags } = evaluate([doseDaysAgo(20, 50), doseDaysAgo(0, 50)], {
      goal: 'cut-down',
      startDate: dateDaysAgo(15),
    });
    expect(progress).toMatchObject({ currentStreakDays: 0, longestStreakDays: 15, lapses: 1 });
    expect(wordsOf(flags[0])?.title).toBe('Your plan to cut down: a new count starts tomorrow');
    expect(wordsOf(flags[0])?.why).toContain(
      'Your longest stretch is 15 days — that still counts.',
    );
    expect(wordsOf(flags[0])?.action).toContain('not a failure');
  });

  it('reports money not spent when the person entered a price per gram', () => {
    // 28 days before the start: 14 use days of 100 mg = 1,400 mg → 50 mg a day.
    const before = dosesOnDays([10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36], 100);
    const { progress } = evaluate(before, {
      goal: 'stop',
      startDate: dateDaysAgo(9),
      pricePerGram: 20,
    });
    // 10 plan days × 50 mg × 0.02 per mg = 10.00
    expect(progress?.moneyNotSpent).toBe(10);
  });

  it('ignores a malformed start date instead of failing', () => {
    expect(evaluate([], { goal: 'stop', startDate: 'soon' }).progress).toBeNull();
  });
});
