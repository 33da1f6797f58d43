import { describe, expect, it } from 'vitest';
import { byCaseloadPriority, caseloadPriority } from './caseload-order.js';

describe('caseload priority', () => {
  it('puts urgent before a raised withdrawal follow-up before warning before disengaged before the rest', () => {
    const clients = [
      { name: 'Quiet', worstSeverity: null, daysSinceLastCheckIn: 9 },
      { name: 'Fine', worstSeverity: 'advice' as const, daysSinceLastCheckIn: 1 },
      { name: 'Urgent', worstSeverity: 'urgent' as const, daysSinceLastCheckIn: 0 },
      { name: 'Warned', worstSeverity: 'warning' as const, daysSinceLastCheckIn: 20 },
      { name: 'Unknown', worstSeverity: null, daysSinceLastCheckIn: null },
      { name: 'Followed', worstSeverity: null, daysSinceLastCheckIn: 0, followUpRaised: true },
    ].map((client) => ({
      ...client,
      priority: caseloadPriority({ followUpRaised: false, ...client }, 7),
    }));
    expect(clients.sort(byCaseloadPriority).map((client) => client.name)).toEqual([
      'Urgent',
      'Followed',
      'Warned',
      'Quiet',
      'Fine',
      'Unknown',
    ]);
  });

  it('counts as disengaged from exactly the configured number of days', () => {
    const quiet = (days: number) =>
      caseloadPriority(
        { worstSeverity: null, daysSinceLastCheckIn: days, followUpRaised: false },
        7,
      );
    expect(quiet(6)).toBe('other');
    expect(quiet(7)).toBe('disengaged');
  });
});

it('raises a follow-up client above warnings but leaves urgent flags first', () => {
  const raised = { daysSinceLastCheckIn: 0, followUpRaised: true };
  expect(caseloadPriority({ ...raised, worstSeverity: 'warning' }, 7)).toBe('withdrawal-follow-up');
  expect(caseloadPriority({ ...raised, worstSeverity: 'urgent' }, 7)).toBe('urgent');
});
