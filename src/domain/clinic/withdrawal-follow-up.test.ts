import { describe, expect, it } from 'vitest';
import {
  followUpAlerts,
  followUpReadsFrom,
  isAcceptedStartDate,
  type FollowUpInput,
} from './withdrawal-follow-up.js';

const base: FollowUpInput = {
  startDate: '2026-11-20',
  dailyCheckIns: true,
  today: '2026-11-25',
  checkIns: [],
  lastCheckInDate: '2026-11-25',
  useDates: [],
};
const checkIn = (date: string, symptoms: Record<string, number>) => ({ date, symptoms });
const codes = (input: Partial<FollowUpInput>) =>
  followUpAlerts({ ...base, ...input }).map((alert) => alert.code);

describe('withdrawal follow-up alerts', () => {
  it('raises nobody who checks in with mild symptoms and logs no use', () => {
    expect(codes({ checkIns: [checkIn('2026-11-25', { anxiety: 1, insomnia: 2 })] })).toEqual([]);
  });

  it('names the symptoms rated severe in today’s or yesterday’s check-in', () => {
    const alerts = followUpAlerts({
      ...base,
      checkIns: [checkIn('2026-11-24', { anxiety: 3, nausea: 1, paranoia: 3 })],
    });
    expect(alerts).toEqual([
      { code: 'withdrawal-severe', date: '2026-11-24', symptoms: ['anxiety', 'paranoia'] },
    ]);
    // An older severe day is no longer current: the missed check-ins say the rest.
    expect(codes({ checkIns: [checkIn('2026-11-23', { anxiety: 3 })] })).toEqual([]);
    // Only diary symptoms count, and only from the start of the follow-up.
    expect(codes({ checkIns: [checkIn('2026-11-25', { other: 3 })] })).toEqual([]);
    expect(
      codes({ startDate: '2026-11-26', checkIns: [checkIn('2026-11-25', { anxiety: 3 })] }),
    ).toEqual([]);
  });

  it('raises symptoms rising by 3 or more over the check-ins of the week before', () => {
    const earlier = [
      checkIn('2026-11-22', { anxiety: 1 }),
      checkIn('2026-11-23', { anxiety: 1, insomnia: 1 }),
      checkIn('2026-11-24', { anxiety: 1 }),
    ];
    const rising = followUpAlerts({
      ...base,
      checkIns: [...earlier, checkIn('2026-11-25', { anxiety: 2, insomnia: 2, nausea: 1 })],
    });
    expect(rising).toEqual([{ code: 'withdrawal-rising', date: '2026-11-25', from: 1.3, to: 5 }]);
    expect(
      codes({ checkIns: [...earlier, checkIn('2026-11-25', { anxiety: 2, insomnia: 2 })] }),
    ).toEqual([]);
    // Easing symptoms, the expected course, raise nothing.
    expect(
      codes({
        checkIns: [checkIn('2026-11-24', { anxiety: 2, insomnia: 2 }), checkIn('2026-11-25', {})],
      }),
    ).toEqual([]);
  });

  it('counts missed daily check-ins up to yesterday, in the client’s own days', () => {
    const missed = (lastCheckInDate: string | null, startDate = base.startDate) =>
      followUpAlerts({ ...base, startDate, lastCheckInDate });
    expect(missed('2026-11-24')).toEqual([]);
    expect(missed('2026-11-23')).toEqual([{ code: 'check-in-missed', days: 1 }]);
    expect(missed(null)).toEqual([{ code: 'check-in-missed', days: 5 }]);
    // Days before the start do not count, and today is not over yet.
    expect(missed('2026-10-01', '2026-11-23')).toEqual([{ code: 'check-in-missed', days: 2 }]);
    expect(missed(null, '2026-11-25')).toEqual([]);
    expect(followUpAlerts({ ...base, dailyCheckIns: false, lastCheckInDate: null })).toEqual([]);
  });

  it('raises use logged during the follow-up in the last 7 days', () => {
    expect(
      followUpAlerts({ ...base, useDates: ['2026-11-24', '2026-11-24', '2026-11-21'] }),
    ).toEqual([{ code: 'use-logged', useDays: 2, lastUseDate: '2026-11-24' }]);
    expect(codes({ useDates: ['2026-11-19'] })).toEqual([]);
    expect(codes({ startDate: '2026-11-01', useDates: ['2026-11-18'] })).toEqual([]);
  });

  it('reads nothing the grant does not share', () => {
    expect(
      followUpAlerts({ ...base, checkIns: null, lastCheckInDate: null, useDates: null }),
    ).toEqual([]);
  });

  it('starts within 28 days of today and reads at most the last 8 days', () => {
    expect(isAcceptedStartDate('2026-10-28', '2026-11-25')).toBe(true);
    expect(isAcceptedStartDate('2026-10-27', '2026-11-25')).toBe(false);
    expect(isAcceptedStartDate('2026-12-24', '2026-11-25')).toBe(false);
    expect(followUpReadsFrom('2026-11-01', '2026-11-25')).toBe('2026-11-17');
    expect(followUpReadsFrom('2026-11-22', '2026-11-25')).toBe('2026-11-22');
  });
});
