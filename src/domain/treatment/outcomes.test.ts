import { describe, expect, it } from 'vitest';
import { isoDateOfDayNumber, dayNumberOfIsoDate } from '../risk/local-date.js';
import {
  bladderTrend,
  courseOutcome,
  median,
  outcomesCsv,
  summarizeOutcomes,
  wilsonInterval,
  type Course,
} from './outcomes.js';

const start = '2025-01-10';
const plus = (days: number) => isoDateOfDayNumber(dayNumberOfIsoDate(start) + days);
const today = plus(500);
const course = (phq9: Array<[number, number]>, product = 'esketamine-nasal'): Course => ({
  product,
  sessionDates: [0, 3, 7, 10, 14, 21].map(plus),
  phq9: phq9.map(([days, score]) => ({ date: plus(days), score })),
});

describe('a course’s outcome (NQF 1884/1885, CMS159)', () => {
  it('counts only a baseline above 9 in the 30 days up to the first session', () => {
    expect(courseOutcome(course([[-5, 9]]), today)).toBeNull();
    expect(courseOutcome(course([[-40, 20]]), today)).toBeNull();
    expect(courseOutcome(course([[-5, 10]]), today)?.baseline.score).toBe(10);
  });

  it('is a response at 6 months for a fall of 50 % or more inside 182 ± 60 days, by the latest result there', () => {
    const responded = courseOutcome(
      course([
        [0, 20],
        [130, 12],
        [200, 10],
      ]),
      today,
    )!;
    expect(responded.measures.response6).toBe(true);
    const relapsed = courseOutcome(
      course([
        [0, 20],
        [130, 9],
        [240, 11],
      ]),
      today,
    )!;
    expect(relapsed.measures.response6).toBe(false);
    // Nothing measured in the window counts as not met.
    expect(
      courseOutcome(
        course([
          [0, 20],
          [30, 4],
        ]),
        today,
      )!.measures.response6,
    ).toBe(false);
  });

  it('is a remission at 12 months for a PHQ-9 below 5 inside 365 ± 60 days', () => {
    expect(
      courseOutcome(
        course([
          [0, 18],
          [360, 4],
        ]),
        today,
      )!.measures.remission12,
    ).toBe(true);
    expect(
      courseOutcome(
        course([
          [0, 18],
          [360, 5],
        ]),
        today,
      )!.measures.remission12,
    ).toBe(false);
  });

  it('is not counted before its window has closed', () => {
    expect(
      courseOutcome(
        course([
          [0, 18],
          [200, 4],
        ]),
        plus(240),
      )!.measures,
    ).toEqual({
      response6: null,
      response12: null,
      remission12: null,
    });
  });

  it('counts the sessions up to the first response', () => {
    expect(
      courseOutcome(
        course([
          [0, 20],
          [8, 15],
          [12, 10],
        ]),
        today,
      )!.sessionsToResponse,
    ).toBe(4);
  });
});

describe('the clinic’s figures', () => {
  it('gives the Wilson 95 % interval (7 of 10: 0.397–0.892)', () => {
    const [low, high] = wilsonInterval(7, 10);
    expect(low).toBeCloseTo(0.3968, 3);
    expect(high).toBeCloseTo(0.8922, 3);
  });

  it('suppresses any cell of fewer than 5 people, by product and overall', () => {
    const courses = [
      ...Array.from({ length: 6 }, () =>
        course([
          [0, 20],
          [180, 8],
          [360, 3],
        ]),
      ),
      ...Array.from({ length: 3 }, () =>
        course(
          [
            [0, 20],
            [180, 18],
          ],
          'ketamine-iv',
        ),
      ),
    ];
    const groups = summarizeOutcomes(courses.map((entry) => courseOutcome(entry, today)!));
    const all = groups.find((group) => group.product === 'all')!;
    expect(all.courses).toBe(9);
    expect(all.measures.response6).toMatchObject({ suppressed: false, counted: 9, met: 6 });
    const iv = groups.find((group) => group.product === 'ketamine-iv')!;
    expect(iv.courses).toBeNull();
    expect(iv.measures.response6).toEqual({ suppressed: true });
    expect(outcomesCsv(groups)).toMatch(/^ketamine-iv,response6,,,,,,,,/m);
  });

  it('takes the median of an odd and an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('the bladder-score trend of a course', () => {
  const withBladder = (scores: Array<[number, number]>, product = 'ketamine-troche'): Course => ({
    ...course([], product),
    bladder: scores.map(([days, score]) => ({ date: plus(days), score })),
  });

  it('takes the last score in the 30 days up to the first session as the baseline, and the last one after as the latest', () => {
    expect(
      bladderTrend(
        withBladder([
          [-40, 9],
          [-10, 1],
          [0, 2],
          [30, 5],
          [90, 4],
        ]),
      ),
    ).toEqual({
      product: 'ketamine-troche',
      baseline: { date: plus(0), score: 2 },
      latest: { date: plus(90), score: 4 },
      change: 2,
    });
  });

  it('has no trend without a baseline or without a later score', () => {
    expect(
      bladderTrend(
        withBladder([
          [-40, 3],
          [30, 5],
        ]),
      ),
    ).toBeNull();
    expect(bladderTrend(withBladder([[-3, 3]]))).toBeNull();
    expect(bladderTrend(course([[0, 20]]))).toBeNull();
  });

  it('gives medians and how many rose or fell, suppressed under 5 courses, in the CSV too', () => {
    const trends = [
      [1, 4],
      [2, 2],
      [0, 3],
      [3, 1],
      [2, 6],
    ].map(([baseline, latest]) =>
      bladderTrend(
        withBladder([
          [-1, baseline!],
          [60, latest!],
        ]),
      )!,
    );
    const groups = summarizeOutcomes(
      [],
      [
        ...trends,
        bladderTrend(
          withBladder(
            [
              [-1, 0],
              [9, 1],
            ],
            'ketamine-iv',
          ),
        )!,
      ],
    );
    const all = groups.find((group) => group.product === 'all')!;
    expect(all.bladder).toEqual({
      suppressed: false,
      counted: 6,
      medianBaseline: 1.5,
      medianLatest: 2.5,
      medianChange: 2,
      rose: 4,
      fell: 1,
    });
    expect(groups.find((group) => group.product === 'ketamine-iv')!.bladder).toEqual({
      suppressed: true,
    });
    const csv = outcomesCsv(groups);
    expect(csv).toMatch(/^all,bladder_trend,,6,,,,,,1\.5,2\.5,2,4,1,"?Bladder score/m);
    expect(csv).toMatch(/^ketamine-iv,bladder_trend,,,,,,,,,,,,,"?Bladder score/m);
  });
});
