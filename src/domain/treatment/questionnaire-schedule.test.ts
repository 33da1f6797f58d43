import { describe, expect, it } from 'vitest';
import { OVERDUE_AFTER_DAYS, scheduleState } from './questionnaire-schedule.js';

const state = (takenOn: string[], today: string) =>
  scheduleState({ startsOn: '2026-03-01', everyDays: 14, takenOn, today });

describe('a scheduled PHQ-9 (every 2 weeks)', () => {
  it('is due on the day the schedule starts when none was taken since', () => {
    expect(state(['2026-02-20'], '2026-03-01')).toEqual({
      dueOn: '2026-03-01',
      status: 'due',
      lastTakenOn: null,
    });
  });

  it('is next due 14 days after the last one, and upcoming until then', () => {
    expect(state(['2026-03-02', '2026-03-05'], '2026-03-18')).toEqual({
      dueOn: '2026-03-19',
      status: 'upcoming',
      lastTakenOn: '2026-03-05',
    });
    expect(state(['2026-03-05'], '2026-03-19').status).toBe('due');
  });

  it(`becomes overdue more than ${OVERDUE_AFTER_DAYS} days after it was due`, () => {
    expect(state(['2026-03-05'], '2026-03-22').status).toBe('due');
    expect(state(['2026-03-05'], '2026-03-23').status).toBe('overdue');
    expect(state([], '2026-03-05').status).toBe('overdue');
  });
});
