import { describe, expect, it } from 'vitest';
import type { RiskFlag } from '../../domain/risk/types.js';
import { isSeen, markSeen } from './seen-flags.js';

const flag = (overrides: Partial<RiskFlag> = {}): RiskFlag => ({
  code: 'binge',
  severity: 'warning',
  title: 'Redosing: 4 doses within 4 hours',
  why: 'You logged 4 doses within 4 hours.',
  action: 'Decide on a limit.',
  source: 'Estimated rule',
  lastEventDate: '2026-11-27',
  ...overrides,
});

describe('warnings marked as seen', () => {
  it('stays seen while nothing new happens', () => {
    const seen = markSeen([], flag(), [flag()]);
    expect(isSeen(seen, flag())).toBe(true);
  });

  it('comes back after a new event (a later session) or new figures', () => {
    const seen = markSeen([], flag(), [flag()]);
    expect(isSeen(seen, flag({ lastEventDate: '2026-11-28' }))).toBe(false);
    expect(isSeen(seen, flag({ why: 'You logged 5 doses within 4 hours.' }))).toBe(false);
  });

  it('never hides an urgent warning', () => {
    const urgent = flag({ code: 'blood-in-urine', severity: 'urgent' });
    expect(isSeen(markSeen([], urgent, [urgent]), urgent)).toBe(false);
  });

  it('forgets warnings that are no longer shown, so the record does not grow', () => {
    const old = flag({ code: 'heavy-amount' });
    const seen = markSeen(markSeen([], old, [old]), flag(), [flag()]);
    expect(seen).toHaveLength(1);
    expect(isSeen(seen, old)).toBe(false);
  });

  it('stores no readable health data: only short hashes', () => {
    const seen = markSeen([], flag(), [flag()]);
    expect(seen).toEqual([expect.stringMatching(/^[0-9a-f]{8}$/)]);
  });
});
