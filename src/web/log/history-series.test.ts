import { describe, expect, it } from 'vitest';
import { checkInOn } from '../../domain/log/test-helpers/check-in.js';
import {
  amountPerDay,
  bladderScore,
  checkInSeries,
  summarizeSeries,
  countUseDaysPerWeek,
  withdrawalScore,
} from './history-series.js';

const checkIn = checkInOn;

describe('history charts', () => {
  it('adds up the amounts of each local day and shows days without use as zero', () => {
    const doses = [
      { takenAt: '2026-03-01T10:00:00Z', mg: 50 },
      { takenAt: '2026-03-01T22:30:00Z', mg: 30 },
      { takenAt: '2026-03-03T09:00:00Z', mg: 40 },
    ];
    expect(amountPerDay(doses, 'UTC')).toEqual([
      { date: '2026-03-01', value: 80 },
      { date: '2026-03-02', value: 0 },
      { date: '2026-03-03', value: 40 },
    ]);
  });

  it('puts a late-night dose on the local day of the person’s time zone', () => {
    const doses = [{ takenAt: '2026-03-01T23:30:00Z', mg: 50 }];
    expect(amountPerDay(doses, 'Europe/Berlin')).toEqual([{ date: '2026-03-02', value: 50 }]);
  });

  it('counts use days per week from Monday, with empty weeks in between', () => {
    const doses = [
      { takenAt: '2026-03-02T10:00:00Z', mg: 50 }, // Monday
      { takenAt: '2026-03-02T12:00:00Z', mg: 50 },
      { takenAt: '2026-03-08T10:00:00Z', mg: 50 }, // Sunday, same week
      { takenAt: '2026-03-17T10:00:00Z', mg: 50 }, // two weeks on
    ];
    expect(countUseDaysPerWeek(doses, 'UTC')).toEqual([
      { date: '2026-03-02', value: 2 },
      { date: '2026-03-09', value: 0 },
      { date: '2026-03-16', value: 1 },
    ]);
  });

  it('scores withdrawal and bladder only when something was scored', () => {
    expect(withdrawalScore(checkIn('2026-03-01'))).toBeNull();
    expect(withdrawalScore(checkIn('2026-03-01', { symptoms: { anxiety: 2, tremor: 1 } }))).toBe(3);
    expect(bladderScore(checkIn('2026-03-01'))).toBeNull();
    expect(bladderScore(checkIn('2026-03-01', { urinaryUrgency: 2, lowerBellyPain: 0 }))).toBe(2);
  });

  it('plots check-ins oldest first and leaves out days without the value', () => {
    const series = checkInSeries(
      [
        checkIn('2026-03-03', { craving: 4 }),
        checkIn('2026-03-02'),
        checkIn('2026-03-01', { craving: 7 }),
      ],
      (entry) => entry.craving,
    );
    expect(series).toEqual([
      { date: '2026-03-01', value: 7 },
      { date: '2026-03-03', value: 4 },
    ]);
  });

  it('summarizes a series with its latest, highest and lowest values', () => {
    expect(summarizeSeries([])).toBeNull();
    expect(
      summarizeSeries([
        { date: '2026-03-01', value: 3 },
        { date: '2026-03-02', value: 9 },
        { date: '2026-03-03', value: 1 },
        { date: '2026-03-04', value: 5 },
      ]),
    ).toEqual({
      count: 4,
      from: '2026-03-01',
      to: '2026-03-04',
      latest: { date: '2026-03-04', value: 5 },
      highest: { date: '2026-03-02', value: 9 },
      lowest: { date: '2026-03-03', value: 1 },
    });
  });
});
