import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../history.js';
import { checkInDaysAgo, input } from '../test-helpers/build-input.js';
import type { RiskCheckIn } from '../types.js';
import { detectBladderSymptoms } from './detect-bladder-symptoms.js';
import { wordsOf } from '../test-helpers/flag-words.js';

const run = (checkIns: RiskCheckIn[]) => detectBladderSymptoms(prepareHistory(input({ checkIns })));
const codes = (checkIns: RiskCheckIn[]) =>
  run(checkIns).map((flag) => `${flag.code}:${flag.severity}`);

describe('detectBladderSymptoms', () => {
  it('says nothing when all bladder items are 0', () => {
    expect(
      run([checkInDaysAgo(1, { bladder: { frequency: 0, urgency: 0, bloodInUrine: false } })]),
    ).toEqual([]);
  });

  it('advises a GP visit for any frequency, urgency or pain', () => {
    expect(codes([checkInDaysAgo(1, { bladder: { frequency: 1 } })])).toEqual([
      'bladder-symptoms:advice',
    ]);
    const [flag] = run([checkInDaysAgo(1, { bladder: { urgency: 2, painPassingUrine: 1 } })]);
    expect(flag?.params).toEqual({ items: ['urgency', 'painPassingUrine'] });
    expect(wordsOf(flag)?.why).toContain('sudden urges to pass urine, pain passing urine');
    expect(flag?.articleSlug).toBe('bladder-and-kidneys');
  });

  it('raises an urgent flag for blood in the urine', () => {
    expect(codes([checkInDaysAgo(0, { bladder: { bloodInUrine: true } })])).toEqual([
      'blood-in-urine:urgent',
    ]);
  });

  it('points blood in the urine at urgent care for the country, not only the emergency page', () => {
    const [flag] = run([checkInDaysAgo(1, { bladder: { bloodInUrine: true } })]);
    expect(flag).toMatchObject({
      code: 'blood-in-urine',
      helpNeed: 'urgent-care',
      lastEventDate: '2025-06-14',
    });
    expect(wordsOf(flag)?.action).toMatch(/urgent care/);
  });

  it('raises an urgent flag for severe lower-belly pain, not for moderate', () => {
    expect(codes([checkInDaysAgo(0, { bladder: { lowerBellyPain: 2 } })])).toEqual([
      'bladder-symptoms:advice',
    ]);
    expect(codes([checkInDaysAgo(0, { bladder: { lowerBellyPain: 3 } })])).toEqual([
      'severe-lower-belly-pain:urgent',
      'bladder-symptoms:advice',
    ]);
  });

  it('looks at check-ins of the last 14 days', () => {
    const blood = { bladder: { bloodInUrine: true, frequency: 2 as const } };
    expect(run([checkInDaysAgo(14, blood)])).toEqual([]);
    expect(codes([checkInDaysAgo(13, blood)])).toEqual([
      'blood-in-urine:urgent',
      'bladder-symptoms:advice',
    ]);
  });
});
