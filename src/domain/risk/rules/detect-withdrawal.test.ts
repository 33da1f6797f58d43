import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../history.js';
import { checkInDaysAgo, dosesOnDays, input, range } from '../test-helpers/build-input.js';
import type { RiskCheckIn } from '../types.js';
import { detectWithdrawal } from './detect-withdrawal.js';
import { withdrawalPhase } from './withdrawal-phase.js';
import { wordsOf } from '../test-helpers/flag-words.js';

/** Regular use (useDays days in the 28 up to the last use) that stopped `stoppedDaysAgo`. */
function evaluate(stoppedDaysAgo: number, useDays = 12, checkIns: RiskCheckIn[] = []) {
  const doses = dosesOnDays(
    range(0, useDays - 1).map((index) => stoppedDaysAgo + index * 2),
    80,
  );
  const history = prepareHistory(input({ doses, checkIns }));
  return { state: withdrawalPhase(history), flags: detectWithdrawal(history) };
}

describe('detectWithdrawal', () => {
  it('shows the acute phase from day 1 to day 5 after stopping regular use', () => {
    for (const day of [1, 5]) {
      const { state, flags } = evaluate(day);
      expect(state).toEqual({ phase: 'acute', day });
      expect(flags[0]).toMatchObject({
        code: 'withdrawal-acute',
        severity: 'advice',
        articleSlug: 'withdrawal',
      });
      expect(wordsOf(flags[0])?.title).toContain(`Day ${day}`);
    }
  });

  it('lists the symptoms to expect', () => {
    const why = wordsOf(evaluate(2).flags[0])?.why ?? '';
    for (const word of ['anxiety', 'trouble sleeping', 'low mood', 'sweating']) {
      expect(why).toContain(word);
    }
  });

  it('names moderate or severe symptoms the person logged since stopping', () => {
    const checkIns = [
      checkInDaysAgo(1, { symptoms: { insomnia: 3, nausea: 1 } }),
      checkInDaysAgo(0, { symptoms: { 'muscle-pain': 2 } }),
    ];
    const [flag] = evaluate(2, 12, checkIns).flags;
    expect(flag?.params).toEqual({ day: 2, symptoms: ['insomnia', 'muscle-pain'] });
    const why = wordsOf(flag)?.why ?? '';
    expect(why).toContain('You logged trouble sleeping, muscle pain.');
    expect(why).not.toContain('You logged nausea');
  });

  it('moves to early recovery on day 6 and tells that tolerance has dropped', () => {
    const { state, flags } = evaluate(6);
    expect(state).toEqual({ phase: 'early-recovery', day: 6 });
    expect(flags[0]).toMatchObject({ code: 'tolerance-reset', severity: 'info' });
    expect(evaluate(28).state.phase).toBe('early-recovery');
    expect(evaluate(29)).toEqual({ state: { phase: 'none', day: null }, flags: [] });
  });

  it('needs 12 use days in the 28 days before stopping', () => {
    expect(evaluate(2, 11).state.phase).toBe('none');
    expect(evaluate(2, 11).flags).toEqual([]);
    expect(evaluate(2, 12).state.phase).toBe('acute');
  });

  it('says "using" on a day with use', () => {
    expect(evaluate(0)).toEqual({ state: { phase: 'using', day: null }, flags: [] });
  });
});
