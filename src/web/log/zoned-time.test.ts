import { afterEach, describe, expect, it } from 'vitest';
import { followProfileCountry } from '../i18n/date-locale.js';
import { formatLocalDate, formatWhen, readWallClock, todayIn, wallClockOf } from './zoned-time.js';

/** The ISO time of an entry that exists exactly once. */
const wallClockToIso = (value: string, timeZone: string) => {
  const reading = readWallClock(value, timeZone);
  return reading.kind === 'exact' ? reading.iso : undefined;
};

describe('times in the person’s own time zone', () => {
  it('shows an instant as the wall clock of the profile zone', () => {
    expect(wallClockOf('2026-07-01T20:30:00Z', 'Europe/London')).toBe('2026-07-01T21:30');
    expect(wallClockOf('2026-01-01T20:30:00Z', 'America/New_York')).toBe('2026-01-01T15:30');
  });

  it('turns a wall-clock entry into ISO time with the zone’s offset', () => {
    expect(wallClockToIso('2026-07-01T21:30', 'Europe/London')).toBe('2026-07-01T21:30:00+01:00');
    expect(wallClockToIso('2026-01-01T15:30', 'America/New_York')).toBe(
      '2026-01-01T15:30:00-05:00',
    );
    expect(wallClockToIso('2026-01-01T09:00', 'Asia/Kolkata')).toBe('2026-01-01T09:00:00+05:30');
  });

  it('round-trips every quarter hour that exists once across a daylight-saving change', () => {
    for (let minutes = 0; minutes < 48 * 60; minutes += 15) {
      const instant = new Date(Date.parse('2026-03-28T00:00:00Z') + minutes * 60_000);
      const wallClock = wallClockOf(instant, 'Europe/London');
      expect(wallClockOf(wallClockToIso(wallClock, 'Europe/London')!, 'Europe/London')).toBe(
        wallClock,
      );
    }
  });

  it('asks about a time the clocks skipped (01:30 on 29 March 2026 in London never happened)', () => {
    expect(readWallClock('2026-03-29T01:30', 'Europe/London')).toEqual({
      kind: 'skipped',
      choices: ['2026-03-29T00:30:00+00:00', '2026-03-29T02:30:00+01:00'],
    });
  });

  it('asks about a time that happened twice (01:30 on 25 October 2026 in London)', () => {
    expect(readWallClock('2026-10-25T01:30', 'Europe/London')).toEqual({
      kind: 'repeated',
      choices: ['2026-10-25T01:30:00+01:00', '2026-10-25T01:30:00+00:00'],
    });
  });

  it('finds the skipped hour in New York too, and nothing to ask in a zone without clock changes', () => {
    expect(readWallClock('2026-03-08T02:15', 'America/New_York').kind).toBe('skipped');
    expect(readWallClock('2026-11-01T01:15', 'America/New_York').kind).toBe('repeated');
    expect(readWallClock('2026-03-29T01:30', 'Asia/Tokyo')).toEqual({
      kind: 'exact',
      iso: '2026-03-29T01:30:00+09:00',
    });
  });

  it('shows the date in a confirmation only when it is not today', () => {
    const now = new Date('2026-11-27T22:00:00Z');
    expect(formatWhen('2026-11-27T21:30:00Z', 'Europe/London', now)).not.toMatch(/Nov/);
    expect(formatWhen('2026-11-20T21:30:00Z', 'Europe/London', now)).toMatch(/20 Nov|Nov 20/);
  });

  it('rejects a value that is not a time', () => {
    expect(wallClockToIso('', 'UTC')).toBeUndefined();
  });

  it('knows that it is already tomorrow further east', () => {
    const now = new Date('2026-05-01T23:30:00Z');
    expect(todayIn('UTC', now)).toBe('2026-05-01');
    expect(todayIn('Asia/Tokyo', now)).toBe('2026-05-02');
  });
});

describe("dates in the person's way", () => {
  afterEach(() => followProfileCountry(undefined));

  it("writes dates for the profile's country, whatever the device's locale", () => {
    followProfileCountry('US');
    expect(formatLocalDate('2026-11-27')).toMatch(/Nov 27, 2026/);
    followProfileCountry('GB');
    expect(formatLocalDate('2026-11-27')).toMatch(/27 Nov 2026/);
  });
});
