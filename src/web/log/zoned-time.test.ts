import { describe, expect, it } from 'vitest';
import { todayIn, wallClockOf, wallClockToIso } from './zoned-time.js';

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

  it('round-trips every quarter hour across a daylight-saving change', () => {
    for (let minutes = 0; minutes < 48 * 60; minutes += 15) {
      const instant = new Date(Date.parse('2026-03-28T00:00:00Z') + minutes * 60_000);
      const wallClock = wallClockOf(instant, 'Europe/London');
      expect(wallClockOf(wallClockToIso(wallClock, 'Europe/London')!, 'Europe/London')).toBe(
        wallClock,
      );
    }
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
