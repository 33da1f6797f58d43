import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../history.js';
import { checkInDaysAgo, input } from '../test-helpers/build-input.js';
import type { RiskCheckIn } from '../types.js';
import { detectBloodPressure } from './detect-blood-pressure.js';

const reading = (daysAgo: number, systolicMmHg: number, diastolicMmHg: number) =>
  checkInDaysAgo(daysAgo, { systolicMmHg, diastolicMmHg });
const codes = (checkIns: RiskCheckIn[]) =>
  detectBloodPressure(prepareHistory(input({ checkIns }))).map(
    (flag) => `${flag.code}:${flag.severity}`,
  );

describe('detectBloodPressure', () => {
  it('stays quiet below 140/90', () => {
    expect(codes([reading(1, 139, 89), reading(2, 139, 89)])).toEqual([]);
  });

  it('advises a check after 2 readings at 140 systolic or 90 diastolic', () => {
    expect(codes([reading(1, 140, 80)])).toEqual([]);
    expect(codes([reading(1, 140, 80), reading(3, 120, 90)])).toEqual([
      'blood-pressure-high:advice',
    ]);
    expect(codes([reading(1, 179, 119), reading(2, 150, 95)])).toEqual([
      'blood-pressure-high:advice',
    ]);
  });

  it('raises an urgent flag for any reading at 180 systolic or 120 diastolic', () => {
    expect(codes([reading(1, 180, 70)])).toEqual(['blood-pressure-crisis:urgent']);
    expect(codes([reading(1, 110, 120)])).toEqual(['blood-pressure-crisis:urgent']);
  });

  it('counts readings of the last 14 days only', () => {
    expect(codes([reading(14, 190, 100)])).toEqual([]);
    expect(codes([reading(13, 150, 80), reading(14, 150, 80)])).toEqual([]);
    expect(codes([reading(13, 150, 80), reading(0, 150, 80)])).toEqual([
      'blood-pressure-high:advice',
    ]);
  });

  it('counts a reading with only one number', () => {
    expect(codes([checkInDaysAgo(1, { systolicMmHg: 185 })])).toEqual([
      'blood-pressure-crisis:urgent',
    ]);
  });
});
