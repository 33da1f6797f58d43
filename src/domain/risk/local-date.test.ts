import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import {
  dayNumberOfIsoDate,
  isIsoDate,
  isoDateOfDayNumber,
  localDate,
  timeZoneOffsetMs,
} from './local-date.js';
import { localDayNumberer } from './local-day-numberer.js';

describe('localDate', () => {
  it('gives the date on the wall calendar of the person, not of UTC', () => {
    const lateEveningInNewYork = new Date('2025-03-10T03:30:00Z');
    expect(localDate(lateEveningInNewYork, 'America/New_York')).toBe('2025-03-09');
    expect(localDate(lateEveningInNewYork, 'Asia/Tokyo')).toBe('2025-03-10');
  });

  it('refuses an unknown time zone with a validation error', () => {
    expect(() => localDate(new Date(), 'Mars/Olympus')).toThrow(AppError);
  });

  it('knows summer time offsets', () => {
    expect(timeZoneOffsetMs(Date.parse('2025-07-01T00:00:00Z'), 'Europe/London')).toBe(3_600_000);
    expect(timeZoneOffsetMs(Date.parse('2025-01-01T00:00:00Z'), 'Europe/London')).toBe(0);
  });
});

describe('calendar day numbers', () => {
  it('round-trips dates through day numbers', () => {
    for (const date of ['1970-01-01', '2000-02-29', '2024-12-31', '2031-06-15']) {
      expect(isoDateOfDayNumber(dayNumberOfIsoDate(date))).toBe(date);
    }
    expect(dayNumberOfIsoDate('1970-01-02')).toBe(1);
  });

  it('agrees with the JavaScript calendar for any date from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_006 }), (dayNumber) => {
        const date = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        expect(dayNumberOfIsoDate(date)).toBe(dayNumber);
      }),
    );
  });

  it('recognises real dates only', () => {
    expect(isIsoDate('2025-02-28')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('25-2-3')).toBe(false);
  });
});

describe('localDayNumberer', () => {
  const zones = [
    'Europe/London',
    'America/New_York',
    'Australia/Lord_Howe',
    'America/St_Johns',
    'Asia/Kolkata',
    'Pacific/Apia',
    'UTC',
  ];

  it.each(zones)('agrees with Intl at every quarter hour of two years in %s', (zone) => {
    const dayOf = localDayNumberer(zone);
    const start = Date.parse('2024-01-01T00:07:00Z');
    const end = Date.parse('2026-01-01T00:00:00Z');
    for (let ms = start; ms < end; ms += 15 * 60_000) {
      const expected = dayNumberOfIsoDate(localDate(new Date(ms), zone));
      if (dayOf(ms) !== expected) {
        throw new Error(`${zone} ${new Date(ms).toISOString()}: ${dayOf(ms)} != ${expected}`);
      }
    }
  });

  it('switches day exactly at local midnight around a daylight-saving change', () => {
    const dayOf = localDayNumberer('Europe/London');
    // 2025-03-30: clocks go forward at 01:00 UTC; midnight BST on the 31st is 23:00 UTC on the 30th.
    expect(dayOf(Date.parse('2025-03-30T22:59:59Z'))).toBe(dayNumberOfIsoDate('2025-03-30'));
    expect(dayOf(Date.parse('2025-03-30T23:00:00Z'))).toBe(dayNumberOfIsoDate('2025-03-31'));
  });
});
