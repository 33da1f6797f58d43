import { describe, expect, it } from 'vitest';
import { groupDoseSessions } from './group-dose-sessions.js';

const dose = (takenAt: string, mg: number) => ({ takenAt, mg });

describe('dose sessions', () => {
  it('keeps a night across midnight together, with its total and span', () => {
    const night = [
      dose('2026-11-06T22:10:00Z', 50),
      dose('2026-11-06T23:30:00Z', 40),
      dose('2026-11-07T01:40:00Z', 60),
    ];
    const [session, ...rest] = groupDoseSessions(night);
    expect(rest).toEqual([]);
    expect(session).toMatchObject({
      startAt: '2026-11-06T22:10:00Z',
      endAt: '2026-11-07T01:40:00Z',
      totalMg: 150,
      spanMinutes: 210,
    });
    expect(session!.doses.map((d) => d.mg)).toEqual([50, 40, 60]);
  });

  it('starts a new session after a long break, newest session first', () => {
    const sessions = groupDoseSessions([
      dose('2026-11-08T20:00:00Z', 30),
      dose('2026-11-06T22:00:00Z', 50),
      dose('2026-11-07T03:59:00Z', 20),
      dose('2026-11-08T13:00:00Z', 25),
    ]);
    expect(sessions.map((session) => session.doses.length)).toEqual([1, 1, 2]);
    expect(sessions.map((session) => session.totalMg)).toEqual([30, 25, 70]);
  });

  it('treats a break of exactly the limit as the same session and one minute more as a new one', () => {
    const sixHours = groupDoseSessions([
      dose('2026-01-01T00:00:00Z', 1),
      dose('2026-01-01T06:00:00Z', 1),
    ]);
    expect(sixHours).toHaveLength(1);
    const more = groupDoseSessions([
      dose('2026-01-01T00:00:00Z', 1),
      dose('2026-01-01T06:01:00Z', 1),
    ]);
    expect(more).toHaveLength(2);
  });

  it('gives a single dose a session of no span, and no sessions for no doses', () => {
    expect(groupDoseSessions([dose('2026-01-01T10:00:00Z', 20)])[0]).toMatchObject({
      spanMinutes: 0,
      totalMg: 20,
    });
    expect(groupDoseSessions([])).toEqual([]);
  });
});
