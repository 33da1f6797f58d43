import { describe, expect, it } from 'vitest';
import { historyRangeStart } from './history-range.js';

describe('how far back History looks', () => {
  it('shows 28 days for four weeks, today included', () => {
    expect(historyRangeStart('4w', '2026-12-01')).toBe('2026-11-04');
  });

  it('counts calendar months, starting the day after the same date back then', () => {
    expect(historyRangeStart('3m', '2026-12-01')).toBe('2026-09-02');
    expect(historyRangeStart('1y', '2026-12-01')).toBe('2025-12-02');
  });

  it('does not spill into the next month when that month is shorter', () => {
    expect(historyRangeStart('3m', '2026-05-31')).toBe('2026-03-01');
  });

  it('has no start for everything', () => {
    expect(historyRangeStart('all', '2026-12-01')).toBeNull();
  });
});
