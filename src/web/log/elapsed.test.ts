import { describe, expect, it } from 'vitest';
import { elapsedInWords, elapsedParts, eventDayOf } from './elapsed.js';

const HOUR = 3_600_000;

describe('time since the last dose', () => {
  it('counts whole days, hours and minutes', () => {
    expect(elapsedParts(0, 51 * HOUR + 5 * 60_000)).toEqual({ days: 2, hours: 3, minutes: 5 });
    expect(elapsedParts(10 * HOUR, 0)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('says the two largest parts in words, with correct plurals', () => {
    expect(elapsedInWords(0, 51 * HOUR)).toBe('2 days, 3 hours');
    expect(elapsedInWords(0, 24 * HOUR)).toBe('1 day');
    expect(elapsedInWords(0, HOUR + 60_000)).toBe('1 hour, 1 minute');
    expect(elapsedInWords(0, 12 * 60_000)).toBe('12 minutes');
  });
});

describe('when a warning’s event was', () => {
  it('says today, yesterday, last <weekday> within a week, else the date', () => {
    // 2026-11-27 is a Friday.
    expect(eventDayOf('2026-12-01', '2026-12-01')).toEqual({ kind: 'today' });
    expect(eventDayOf('2026-11-30', '2026-12-01')).toEqual({ kind: 'yesterday' });
    expect(eventDayOf('2026-11-27', '2026-12-01')).toEqual({
      kind: 'this-week',
      weekday: 'Friday',
    });
    expect(eventDayOf('2026-11-20', '2026-12-01').kind).toBe('earlier');
  });
});
