import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countStreaks } from './count-streaks.js';

const uses = (...dates: string[]) => dates.map((date) => ({ date }));

describe('countStreaks', () => {
  it('counts the start day as day 1 when there is no use', () => {
    expect(countStreaks({ uses: [], startDate: '2025-06-01', today: '2025-06-01' })).toEqual({
      planDays: 1,
      daysSinceLastUse: null,
      currentStreakDays: 1,
      longestStreakDays: 1,
      lapses: 0,
      useDaysSinceStart: 0,
    });
  });

  it('counts use before the plan as history, not as a lapse', () => {
    const streaks = countStreaks({
      uses: uses('2025-05-30', '2025-05-31'),
      startDate: '2025-06-01',
      today: '2025-06-10',
    });
    expect(streaks).toMatchObject({
      daysSinceLastUse: 10,
      currentStreakDays: 10,
      longestStreakDays: 10,
      lapses: 0,
    });
  });

  it('restarts the count after a lapse and keeps the longest streak', () => {
    const streaks = countStreaks({
      uses: uses('2025-06-08'),
      startDate: '2025-06-01',
      today: '2025-06-10',
    });
    expect(streaks).toMatchObject({
      daysSinceLastUse: 2,
      currentStreakDays: 2,
      longestStreakDays: 7,
      lapses: 1,
      useDaysSinceStart: 1,
    });
  });

  it('is 0 on a day with use', () => {
    const streaks = countStreaks({
      uses: uses('2025-06-10'),
      startDate: '2025-06-01',
      today: '2025-06-10',
    });
    expect(streaks).toMatchObject({
      currentStreakDays: 0,
      daysSinceLastUse: 0,
      longestStreakDays: 9,
    });
  });

  it('counts use on days in a row as one lapse, and separate runs as separate lapses', () => {
    const streaks = countStreaks({
      uses: uses('2025-06-03', '2025-06-04', '2025-06-04', '2025-06-08'),
      startDate: '2025-06-01',
      today: '2025-06-10',
    });
    expect(streaks).toMatchObject({ lapses: 2, useDaysSinceStart: 3, longestStreakDays: 3 });
  });

  it('ignores entries after today', () => {
    const streaks = countStreaks({
      uses: uses('2025-06-12'),
      startDate: '2025-06-01',
      today: '2025-06-10',
    });
    expect(streaks).toMatchObject({ daysSinceLastUse: null, lapses: 0, currentStreakDays: 10 });
  });

  it('counts nothing for a plan that starts in the future', () => {
    const streaks = countStreaks({ uses: [], startDate: '2025-07-01', today: '2025-06-10' });
    expect(streaks).toMatchObject({ planDays: 0, currentStreakDays: 0, longestStreakDays: 0 });
  });

  it('works out money spent and not spent from a price per gram', () => {
    const streaks = countStreaks({
      // 28 days before 2025-06-01: 2 × 700 mg = 1,400 mg → 50 mg a day
      uses: [
        { date: '2025-05-10', mg: 700 },
        { date: '2025-05-20', mg: 700 },
        { date: '2025-06-05', mg: 100 },
      ],
      startDate: '2025-06-01',
      today: '2025-06-10',
      pricePerGram: 30,
    });
    // usual: 10 days × 50 mg × 0.03 = 15.00; spent: 100 mg × 0.03 = 3.00
    expect(streaks).toMatchObject({ moneySpentSinceStart: 3, moneyNotSpent: 12 });
  });

  it('uses the usual grams a week the person gives, when nothing was logged before the start', () => {
    const streaks = countStreaks({
      uses: [{ date: '2025-06-05', mg: 500 }],
      startDate: '2025-06-01',
      today: '2025-06-14',
      pricePerGram: 30,
      usualGramsPerWeek: 2,
    });
    // usual: 2 weeks × 2 g × 30 = 120.00; spent: 0.5 g × 30 = 15.00
    expect(streaks).toMatchObject({ moneySpentSinceStart: 15, moneyNotSpent: 105 });
  });

  it('says it needs the usual amount instead of showing 0 when nothing was logged before the start', () => {
    const streaks = countStreaks({
      uses: [{ date: '2025-06-05', mg: 100 }],
      startDate: '2025-06-01',
      today: '2025-06-10',
      pricePerGram: 30,
    });
    expect(streaks.moneyNotSpent).toBeUndefined();
    expect(streaks.moneyNeedsUsualAmount).toBe(true);
  });

  it('never reports negative money not spent', () => {
    const streaks = countStreaks({
      uses: [{ date: '2025-06-05', mg: 1000 }],
      startDate: '2025-06-01',
      today: '2025-06-10',
      pricePerGram: 30,
      usualGramsPerWeek: 0.1,
    });
    expect(streaks).toMatchObject({ moneySpentSinceStart: 30, moneyNotSpent: 0 });
  });

  it('keeps its counts consistent for any history', () => {
    const day = fc
      .integer({ min: 0, max: 60 })
      .map((offset) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 40 }), day, day, (useDates, startDate, today) => {
        const streaks = countStreaks({ uses: uses(...useDates), startDate, today });
        expect(streaks.currentStreakDays).toBeLessThanOrEqual(streaks.longestStreakDays);
        expect(streaks.longestStreakDays).toBeLessThanOrEqual(streaks.planDays);
        expect(streaks.useDaysSinceStart + streaks.longestStreakDays).toBeLessThanOrEqual(
          streaks.planDays,
        );
        expect(streaks.lapses).toBeLessThanOrEqual(streaks.useDaysSinceStart);
        if (streaks.daysSinceLastUse !== null && streaks.useDaysSinceStart > 0) {
          expect(streaks.currentStreakDays).toBe(streaks.daysSinceLastUse);
        }
      }),
    );
  });
});
