import { describe, expect, it } from 'vitest';
import { overPrescriptionWarning, weeksAgainstPrescription } from './prescription-weeks.js';

describe('a take-home prescription week by week', () => {
  // 2026-12-02 is a Wednesday; its week starts on Monday 2026-11-30.
  const today = '2026-12-02';

  it('adds each Monday-to-Sunday week and flags one over the weekly maximum', () => {
    const weeks = weeksAgainstPrescription(
      [
        { date: '2026-11-30', mg: 100 },
        { date: '2026-12-02', mg: 150 },
        { date: '2026-11-29', mg: 200 },
        { date: '2026-11-23', mg: 50 },
      ],
      200,
      today,
      3,
    );
    expect(weeks).toEqual([
      { weekStart: '2026-11-30', mg: 250, maxMg: 200, over: true },
      { weekStart: '2026-11-23', mg: 250, maxMg: 200, over: true },
      { weekStart: '2026-11-16', mg: 0, maxMg: 200, over: false },
    ]);
  });

  it('does not flag a week at exactly the maximum', () => {
    const [week] = weeksAgainstPrescription([{ date: today, mg: 200 }], 200, today, 1);
    expect(week!.over).toBe(false);
  });

  it('warns with the figures of the latest recent week over, and not for an older one', () => {
    const weeksWith = (doses: Array<{ date: string; mg: number }>) =>
      weeksAgainstPrescription(doses, 200, today, 8);
    const lastWeekOver = weeksWith([{ date: '2026-11-24', mg: 260 }]);
    const longAgoOver = weeksWith([{ date: '2026-11-10', mg: 400 }]);
    expect(
      overPrescriptionWarning([
        { clinic: 'Riverside Clinic', weeks: longAgoOver },
        { clinic: null, weeks: lastWeekOver },
      ]),
    ).toEqual({
      code: 'over-prescription',
      clinic: null,
      weekStart: '2026-11-23',
      mg: 260,
      maxMg: 200,
    });
    expect(overPrescriptionWarning([{ clinic: null, weeks: longAgoOver }])).toBeNull();
  });
});
