import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../history.js';
import { doseHoursAgo, input } from '../test-helpers/build-input.js';
import type { RiskDose } from '../types.js';
import { detectRiskyCombination } from './detect-risky-combination.js';
import { wordsOf } from '../test-helpers/flag-words.js';

const run = (doses: RiskDose[]) => detectRiskyCombination(prepareHistory(input({ doses })));
const withCoUse = (hoursAgo: number, coUse: string[]) =>
  run([doseHoursAgo(hoursAgo, 50, { coUse })]);

describe('detectRiskyCombination', () => {
  it('raises an urgent flag for alcohol with ketamine taken within the last 6 hours', () => {
    const [flag] = withCoUse(2, ['alcohol']);
    expect(flag).toMatchObject({
      code: 'dangerous-combination',
      severity: 'urgent',
      articleSlug: 'combinations',
    });
    expect(wordsOf(flag)?.action).toContain('call emergency services');
    expect(withCoUse(6, ['alcohol'])[0]?.severity).toBe('urgent');
  });

  it('turns into a warning after 6 hours and disappears after 48', () => {
    expect(withCoUse(6.1, ['alcohol'])[0]?.severity).toBe('warning');
    expect(withCoUse(47.9, ['opioids'])[0]?.severity).toBe('warning');
    expect(withCoUse(48.1, ['alcohol'])).toEqual([]);
  });

  it('gives advice for a caution-level mix', () => {
    const [flag] = withCoUse(2, ['cocaine']);
    expect(flag).toMatchObject({ code: 'combination-caution', severity: 'advice' });
  });

  it('treats two depressants together as dangerous even when each pair is only caution', () => {
    expect(withCoUse(10, ['diazepam', 'pregabalin'])[0]).toMatchObject({
      code: 'dangerous-combination',
      severity: 'warning',
    });
  });

  it('gives the steps for a dangerous mix without a depressant, such as MDMA with an MAOI', () => {
    const [flag] = withCoUse(2, ['MDMA', 'Nardil']);
    expect(flag).toMatchObject({ code: 'dangerous-combination', severity: 'urgent' });
    expect(flag?.params).toMatchObject({
      active: true,
      pairSteps: true,
      stackedDepressants: false,
    });
    expect(wordsOf(flag)?.action).toMatch(/^Do not take more of anything/);
    expect(wordsOf(flag)?.action).toContain('serotonin toxicity');
    expect(wordsOf(withCoUse(10, ['MDMA', 'Nardil'])[0])?.action).not.toContain('depressants');
  });

  it('says nothing for a low-risk mix', () => {
    expect(withCoUse(2, ['caffeine'])).toEqual([]);
  });

  it('never treats an unknown substance as safe', () => {
    const flags = withCoUse(2, ['caffeine', 'blorptamine']);
    expect(flags).toEqual([
      expect.objectContaining({ code: 'combination-unknown', severity: 'info' }),
    ]);
    expect(wordsOf(flags[0])?.why).toContain('blorptamine');
  });

  it('checks treatment doses too, because the mix is risky whoever gave the ketamine', () => {
    const dose = doseHoursAgo(1, 56, {
      coUse: ['alcohol'],
      purpose: 'treatment',
      route: 'esketamine-nasal',
    });
    expect(run([dose])[0]?.code).toBe('dangerous-combination');
  });
});
