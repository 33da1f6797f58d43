import { describe, expect, it } from 'vitest';
import { ZCheckInInputSchema, ZDoseInputSchema, ZPlanInputSchema } from '../log/log-api.js';
import { evaluateRisk } from '../risk/index.js';
import { dayNumberOfIsoDate, isoDateOfDayNumber } from '../risk/local-date.js';
import { buildDemoHistory, demoDays } from './demo-history.js';

const today = '2026-12-01';
const demo = buildDemoHistory(today);
const dayOf = (iso: string) => Math.floor(Date.parse(iso) / 86_400_000);
const firstDay = dayNumberOfIsoDate(today) - demoDays;
const half = firstDay + demoDays / 2;

describe('the demo history', () => {
  it('is valid input for the real API, every dose, check-in and the plan', () => {
    for (const dose of demo.doses) expect(ZDoseInputSchema.safeParse(dose).success).toBe(true);
    for (const checkIn of demo.checkIns) {
      expect(ZCheckInInputSchema.safeParse(checkIn).success, JSON.stringify(checkIn)).toBe(true);
    }
    expect(ZPlanInputSchema.safeParse(demo.plan).success).toBe(true);
  });

  it('covers three months, all in the past, and is the same every time', () => {
    const days = demo.doses.map((dose) => dayOf(dose.takenAt));
    expect(Math.min(...days)).toBeLessThan(firstDay + 10);
    expect(Math.max(...demo.doses.map((dose) => Date.parse(dose.takenAt)))).toBeLessThan(
      Date.parse(`${today}T00:00:00Z`),
    );
    expect(buildDemoHistory(today)).toEqual(demo);
  });

  it('is mostly weekend nights, and use rises: more nights and more mg per night', () => {
    const nights = new Map<number, number>();
    for (const dose of demo.doses) {
      const night = dayOf(new Date(Date.parse(dose.takenAt) - 6 * 3_600_000).toISOString());
      nights.set(night, (nights.get(night) ?? 0) + dose.mg);
    }
    const weekendNights = [...nights.keys()].filter((day) =>
      [5, 6, 0].includes(new Date(day * 86_400_000).getUTCDay()),
    );
    expect(weekendNights.length / nights.size).toBeGreaterThan(0.8);
    const early = [...nights].filter(([day]) => day < half);
    const late = [...nights].filter(([day]) => day >= half);
    expect(late.length).toBeGreaterThan(early.length);
    const mean = (entries: [number, number][]) =>
      entries.reduce((sum, [, mg]) => sum + mg, 0) / entries.length;
    expect(mean(late)).toBeGreaterThan(mean(early) * 1.5);
  });

  it('shows escalating use whichever day of the week it is made on', () => {
    // The weekly pattern moves with the date: a borderline rise would come and go by weekday.
    for (let offset = 0; offset < 28; offset += 1) {
      const date = isoDateOfDayNumber(dayNumberOfIsoDate(today) + offset);
      const history = buildDemoHistory(date);
      const risk = evaluateRisk({
        now: new Date(`${date}T12:00:00Z`),
        timeZone: 'UTC',
        doses: history.doses.map((dose, index) => ({
          id: String(index),
          takenAt: new Date(dose.takenAt),
          mg: dose.mg,
          route: dose.route,
          coUse: [],
        })),
        checkIns: [],
        questionnaireResults: [],
      });
      expect(
        risk.flags.map((flag) => flag.code),
        date,
      ).toContain('escalating-use');
    }
  });

  it('has nights that go on past midnight', () => {
    const crossings = demo.doses.filter((dose) => new Date(dose.takenAt).getUTCHours() < 6);
    expect(crossings.length).toBeGreaterThan(3);
  });

  it('has bladder symptoms appear in the second half and never in the first five weeks', () => {
    const bladder = (checkIn: (typeof demo.checkIns)[number]) =>
      (checkIn.urinaryFrequency ?? 0) + (checkIn.painPassingUrine ?? 0);
    const firstWeeks = demo.checkIns.filter((c) => dayNumberOfIsoDate(c.date) < firstDay + 35);
    const lastWeeks = demo.checkIns.filter((c) => dayNumberOfIsoDate(c.date) >= firstDay + 70);
    expect(firstWeeks.every((checkIn) => bladder(checkIn) === 0)).toBe(true);
    expect(lastWeeks.every((checkIn) => bladder(checkIn) > 0)).toBe(true);
    expect(demo.checkIns.some((checkIn) => checkIn.bloodInUrine)).toBe(false);
  });

  it('has a PHQ-9 every two weeks, with question 9 always 0', () => {
    const days = demo.phq9.map((response) => dayNumberOfIsoDate(response.date));
    expect(days.length).toBeGreaterThanOrEqual(6);
    for (let index = 1; index < days.length; index += 1) {
      expect(days[index]! - days[index - 1]!).toBe(14);
    }
    for (const { answers } of demo.phq9) {
      expect(answers).toHaveLength(9);
      expect(answers[8]).toBe(0);
    }
  });
});
