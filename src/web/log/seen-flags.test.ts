import { describe, expect, it } from 'vitest';
import type { RiskFlag } from '../../domain/risk/types.js';
import { isSeen, markSeen } from './seen-flags.js';

const binge = (doses = 4): RiskFlag['params'] => ({ doses, windowHours: 4, largeTotal: false });
const flag = (overrides: Partial<Record<keyof RiskFlag, unknown>> = {}): RiskFlag =>
  ({
    code: 'binge',
    params: binge(),
    severity: 'warning',
    source: 'Estimated rule',
    lastEventDate: '2026-11-27',
    ...overrides,
  }) as RiskFlag;

describe('warnings marked as seen', () => {
  it('stays seen while nothing new happens', () => {
    const seen = markSeen([], flag(), [flag()]);
    expect(isSeen(seen, flag())).toBe(true);
  });

  it('comes back after a new event (a later session) or new figures', () => {
    const seen = markSeen([], flag(), [flag()]);
    expect(isSeen(seen, flag({ lastEventDate: '2026-11-28' }))).toBe(false);
    expect(isSeen(seen, flag({ params: binge(5) }))).toBe(false);
  });

  it('never hides an urgent warning', () => {
    const urgent = flag({ code: 'blood-in-urine', params: {}, severity: 'urgent' });
    expect(isSeen(markSeen([], urgent, [urgent]), urgent)).toBe(false);
  });

  it('forgets warnings that are no longer shown, so the record does not grow', () => {
    const old = flag({
      code: 'heavy-amount',
      params: { mg: 200, route: 'oral', otherLargeDoses: 0 },
    });
    const seen = markSeen(markSeen([], old, [old]), flag(), [flag()]);
    expect(seen).toHaveLength(1);
    expect(isSeen(seen, old)).toBe(false);
  });

  it('stores no readable health data: only short hashes', () => {
    const seen = markSeen([], flag(), [flag()]);
    expect(seen).toEqual([expect.stringMatching(/^[0-9a-f]{8}$/)]);
  });
});
