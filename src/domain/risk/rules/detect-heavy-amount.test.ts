import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../history.js';
import { doseDaysAgo, doseHoursAgo, input } from '../test-helpers/build-input.js';
import { ROUTES, type RiskDose, type Route } from '../types.js';
import { detectHeavyAmount } from './detect-heavy-amount.js';
import { HEAVY_AMOUNT_BY_ROUTE } from './heavy-amount-thresholds.js';
import { wordsOf } from '../test-helpers/flag-words.js';

const run = (doses: RiskDose[]) => detectHeavyAmount(prepareHistory(input({ doses })));
const at = (route: Route, mg: number) => run([doseHoursAgo(1, mg, { route })]);

describe('detectHeavyAmount', () => {
  it.each(ROUTES.filter((route) => route !== 'esketamine-nasal'))(
    'flags a single %s amount from its threshold, not just below it',
    (route) => {
      const { mg } = HEAVY_AMOUNT_BY_ROUTE[route];
      expect(at(route, mg - 1)).toEqual([]);
      expect(at(route, mg)).toHaveLength(1);
      expect(at(route, mg + 1)).toHaveLength(1);
    },
  );

  it('flags esketamine nasal spray only above the 84 mg label maximum', () => {
    expect(at('esketamine-nasal', 84)).toEqual([]);
    expect(at('esketamine-nasal', 84.5)).toHaveLength(1);
  });

  it('words the flag as a risk, not as an amount to aim for', () => {
    const [flag] = at('insufflated', 200);
    expect(flag).toMatchObject({
      code: 'heavy-amount',
      severity: 'warning',
      articleSlug: 'k-hole-and-overdose',
    });
    expect(wordsOf(flag)?.why).toContain(
      'A large amount for this route raises the risk of a K-hole and overdose',
    );
    expect(flag?.source).toContain('TripSit');
  });

  it('says when a threshold is estimated', () => {
    expect(at('oral', 500)[0]?.source).toContain('(estimated)');
  });

  it('looks back 7 days', () => {
    expect(run([doseDaysAgo(7.01, 300)])).toEqual([]);
    expect(run([doseDaysAgo(6.99, 300)])).toHaveLength(1);
  });

  it('mentions other large doses in the same week', () => {
    expect(wordsOf(run([doseDaysAgo(3, 200), doseDaysAgo(1, 200)])[0])?.why).toContain(
      '1 other large dose',
    );
  });
});
