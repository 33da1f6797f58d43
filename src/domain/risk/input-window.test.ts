import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRisk } from './evaluate-risk.js';
import { isSelfDirected } from './history.js';
import { riskInputWindow } from './input-window.js';
import { localDate } from './local-date.js';
import {
  NOW,
  checkInDaysAgo,
  dateDaysAgo,
  doseHoursAgo,
  input,
} from './test-helpers/build-input.js';
import type { RiskInput } from './types.js';

/**
 * The input cut to the window, the way the server loads it from the database: the doses of
 * the window, the use before it (back to the plan's) as one total a local day, and the
 * newest self-directed dose before all that.
 */
function windowed(full: RiskInput): RiskInput {
  const window = riskInputWindow(full.now, full.plan);
  const recent = full.doses.filter((dose) => dose.takenAt >= window.dosesFrom);
  const earliest = window.useDaysFrom ?? window.dosesFrom;
  const lastBefore = full.doses
    .filter((dose) => dose.takenAt < earliest && isSelfDirected(dose))
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())[0];
  const earlierUse = new Map<string, number>();
  for (const dose of full.doses) {
    if (dose.takenAt >= earliest && dose.takenAt < window.dosesFrom && isSelfDirected(dose)) {
      const date = localDate(dose.takenAt, full.timeZone);
      earlierUse.set(date, (earlierUse.get(date) ?? 0) + dose.mg);
    }
  }
  return {
    ...full,
    doses: lastBefore ? [...recent, lastBefore] : recent,
    earlierUse: [...earlierUse].map(([date, mg]) => ({ date, mg })),
    checkIns: full.checkIns.filter((checkIn) => checkIn.date >= window.checkInsFrom),
    questionnaireResults: full.questionnaireResults.filter(
      (result) => result.takenAt >= window.questionnairesFrom,
    ),
  };
}

const level = fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>;
const history = fc.record({
  doses: fc.array(
    fc.record({
      // Mostly the weeks around the window edges, where a too-short window would show.
      hoursAgo: fc.oneof(
        { weight: 4, arbitrary: fc.double({ min: 0, max: 80 * 24, noNaN: true }) },
        { weight: 1, arbitrary: fc.double({ min: 0, max: 3 * 365 * 24, noNaN: true }) },
      ),
      mg: fc.integer({ min: 5, max: 400 }),
      purpose: fc.constantFrom(undefined, 'recreational', 'treatment', 'self-medication'),
      alcohol: fc.boolean(),
    }),
    { minLength: 20, maxLength: 300 },
  ),
  checkIns: fc.uniqueArray(
    fc.record({
      daysAgo: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3 * 365 })),
      craving: fc.integer({ min: 0, max: 10 }),
      mood: fc.integer({ min: 0, max: 10 }),
      anxiety: level,
      frequency: level,
      blood: fc.boolean(),
      selfHarm: fc.boolean(),
      systolic: fc.integer({ min: 90, max: 200 }),
    }),
    { selector: (checkIn) => checkIn.daysAgo, maxLength: 200 },
  ),
  phq9: fc.array(
    fc.record({ daysAgo: fc.integer({ min: 0, max: 400 }), item9: fc.constantFrom(0, 1, 2, 3) }),
    { maxLength: 8 },
  ),
  planStartDaysAgo: fc.option(fc.integer({ min: 0, max: 3 * 365 })),
  timeZone: fc.constantFrom('UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London'),
});

describe('the window of data the risk rules read', () => {
  it('gives the same flags, phase and progress as the whole history', () => {
    fc.assert(
      fc.property(history, (generated) => {
        const full = input({
          timeZone: generated.timeZone,
          doses: generated.doses.map((dose) =>
            doseHoursAgo(dose.hoursAgo, dose.mg, {
              ...(dose.purpose ? { purpose: dose.purpose as 'treatment' } : {}),
              coUse: dose.alcohol ? ['alcohol'] : [],
            }),
          ),
          checkIns: generated.checkIns.map((checkIn) =>
            checkInDaysAgo(checkIn.daysAgo, {
              craving: checkIn.craving,
              mood: checkIn.mood,
              symptoms: { anxiety: checkIn.anxiety },
              bladder: { frequency: checkIn.frequency, bloodInUrine: checkIn.blood },
              selfHarmThoughts: checkIn.selfHarm,
              systolicMmHg: checkIn.systolic,
              diastolicMmHg: 80,
            }),
          ),
          questionnaireResults: generated.phq9.map((result) => ({
            questionnaireId: 'phq-9',
            takenAt: new Date(NOW.getTime() - result.daysAgo * 86_400_000),
            score: 10,
            answers: [1, 1, 1, 1, 1, 1, 1, 1, result.item9],
          })),
          ...(generated.planStartDaysAgo === null
            ? {}
            : {
                plan: {
                  goal: 'cut-down',
                  startDate: dateDaysAgo(generated.planStartDaysAgo),
                  pricePerGram: 30,
                },
              }),
        });
        expect(evaluateRisk(windowed(full))).toEqual(evaluateRisk(full));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps early recovery after regular use that ended 27 days ago', () => {
    // Every other day for the 28 days up to a last use 27 days ago: exactly "regular" use.
    const useDays = Array.from({ length: 14 }, (_, index) => 27 + index * 2);
    const full = input({
      timeZone: 'Pacific/Kiritimati',
      doses: useDays.map((day) => doseHoursAgo(day * 24 + 2, 60)),
    });
    const result = evaluateRisk(windowed(full));
    expect(result.summary.withdrawalPhase).toBe('early-recovery');
    expect(result.flags.map((flag) => flag.code)).toContain('tolerance-reset');
    expect(result).toEqual(evaluateRisk(full));
  });

  it('reaches back to the plan start and the 28 days before it by day, however long ago', () => {
    const window = riskInputWindow(NOW, { startDate: '2023-01-10' });
    expect(window.useDaysFrom!.toISOString().slice(0, 10) <= '2022-12-13').toBe(true);
    // The doses themselves stay a few weeks, plan or no plan.
    for (const { dosesFrom } of [window, riskInputWindow(NOW)]) {
      expect(NOW.getTime() - dosesFrom.getTime()).toBeLessThan(70 * 86_400_000);
    }
    expect(riskInputWindow(NOW).useDaysFrom).toBeUndefined();
  });
});
