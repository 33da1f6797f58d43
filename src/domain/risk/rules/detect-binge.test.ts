import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../history.js';
import { doseDaysAgo, doseHoursAgo, input } from '../test-helpers/build-input.js';
import type { RiskDose } from '../types.js';
import { detectBinge } from './detect-binge.js';
import { wordsOf } from '../test-helpers/flag-words.js';

const run = (doses: RiskDose[]) => detectBinge(prepareHistory(input({ doses })));

describe('detectBinge', () => {
  it('flags 3 doses within exactly 4 hours', () => {
    const [flag] = run([doseHoursAgo(5, 30), doseHoursAgo(3, 30), doseHoursAgo(1, 30)]);
    expect(flag).toMatchObject({
      code: 'binge',
      severity: 'warning',
      articleSlug: 'redosing-and-binges',
    });
    expect(wordsOf(flag)?.why).toContain('3 doses within 4 hours');
  });

  it('says in its title how many doses, and keeps the date of the session', () => {
    const [flag] = run([
      doseDaysAgo(2, 30),
      doseDaysAgo(2, 30),
      doseDaysAgo(2, 30),
      doseDaysAgo(2, 30),
    ]);
    expect(flag?.params).toEqual({ doses: 4, windowHours: 4, largeTotal: false });
    expect(wordsOf(flag)?.title).toBe('Redosing: 4 doses within 4 hours');
    expect(flag?.lastEventDate).toBe('2025-06-13');
  });

  it('does not flag 3 doses spread over just more than 4 hours', () => {
    expect(run([doseHoursAgo(5.02, 30), doseHoursAgo(3, 30), doseHoursAgo(1, 30)])).toEqual([]);
  });

  it('does not flag 2 small doses', () => {
    expect(run([doseHoursAgo(2, 30), doseHoursAgo(1, 30)])).toEqual([]);
  });

  it('flags 2 doses that add up to a large amount for the route, from 175 mg insufflated', () => {
    expect(run([doseHoursAgo(2, 100), doseHoursAgo(1, 74)])).toEqual([]);
    const [flag] = run([doseHoursAgo(2, 100), doseHoursAgo(1, 75)]);
    expect(wordsOf(flag)?.why).toContain('adding up to a large amount');
  });

  it('adds mixed routes as fractions of their own thresholds', () => {
    // 87.5 mg insufflated (half of 175) + 42.5 mg intramuscular (half of 85)
    const doses = [doseHoursAgo(2, 87.5), doseHoursAgo(1, 42.5, { route: 'intramuscular' })];
    expect(run(doses)).toHaveLength(1);
  });

  it('reports the largest session of the week', () => {
    const doses = [
      doseDaysAgo(3, 20),
      doseHoursAgo(3 * 24 - 1, 20),
      doseHoursAgo(3 * 24 - 2, 20),
      doseHoursAgo(3 * 24 - 3, 20),
      doseHoursAgo(2, 20),
      doseHoursAgo(1, 20),
      doseHoursAgo(0, 20),
    ];
    expect(wordsOf(run(doses)[0])?.why).toContain('4 doses within 4 hours');
  });

  it('forgets a binge older than 7 days', () => {
    const doses = [doseDaysAgo(7.1, 30), doseDaysAgo(7.08, 30), doseDaysAgo(7.06, 30)];
    expect(run(doses)).toEqual([]);
    const recent = [doseDaysAgo(6.9, 30), doseDaysAgo(6.88, 30), doseDaysAgo(6.86, 30)];
    expect(run(recent)).toHaveLength(1);
  });

  it('ignores doses given in treatment', () => {
    const treatment = { purpose: 'treatment' as const, route: 'esketamine-nasal' as const };
    expect(
      run([
        doseHoursAgo(3, 28, treatment),
        doseHoursAgo(2, 28, treatment),
        doseHoursAgo(1, 28, treatment),
      ]),
    ).toEqual([]);
  });
});
