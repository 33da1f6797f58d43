import { describe, expect, it } from 'vitest';
import { unusualEntry } from './unusual-entry.js';

const now = new Date('2026-11-27T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('entries that ask "is this right?" before saving', () => {
  it('lets an ordinary entry through without a question', () => {
    expect(unusualEntry({ mg: 80, route: 'insufflated', takenAt: daysAgo(2), now })).toEqual([]);
  });

  it('asks about an amount far above the heavy range for its route, judged per route', () => {
    // Heavy insufflated from 175 mg: 525 mg is still plausible, 526 is asked about.
    expect(unusualEntry({ mg: 525, route: 'insufflated', takenAt: now, now })).toEqual([]);
    expect(unusualEntry({ mg: 526, route: 'insufflated', takenAt: now, now })).toEqual([
      'far-above-usual-amount',
    ]);
    expect(unusualEntry({ mg: 300, route: 'intravenous', takenAt: now, now })).toEqual([
      'far-above-usual-amount',
    ]);
  });

  it('asks about less than 1 mg (usually grams or micrograms typed as mg)', () => {
    expect(unusualEntry({ mg: 0.5, route: 'oral', takenAt: now, now })).toEqual(['below-1-mg']);
    expect(unusualEntry({ mg: 1, route: 'oral', takenAt: now, now })).toEqual([]);
  });

  it('asks about a date more than a year back', () => {
    expect(unusualEntry({ mg: 50, route: 'oral', takenAt: daysAgo(365), now })).toEqual([]);
    expect(unusualEntry({ mg: 50, route: 'oral', takenAt: daysAgo(366), now })).toEqual([
      'more-than-a-year-ago',
    ]);
  });
});
