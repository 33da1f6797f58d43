import { describe, expect, it } from 'vitest';
import { signUpPerson, useTestApp } from '../../../test/support/test-app.js';
import { countStreaks } from '../../domain/recovery/index.js';
import { localDate } from '../../domain/risk/index.js';

const testApp = useTestApp();

const call = (
  method: 'GET' | 'PUT' | 'POST' | 'PATCH',
  url: string,
  cookie: string,
  payload?: object,
) => testApp.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const ZIsoDateSchema = (date: Date) => date.toISOString().slice(0, 10);

describe('money not spent on the plan', () => {
  it('is worked out from the usual grams a week when nothing was logged before the start', async () => {
    const { cookie } = await signUpPerson(testApp.app);
    await call('POST', '/api/doses', cookie, {
      takenAt: daysAgo(2).toISOString(),
      mg: 500,
      route: 'insufflated',
    });
    const startDate = ZIsoDateSchema(daysAgo(6));
    const plan = { goal: 'cut-down', startDate, pricePerGram: 30, currency: 'GBP' };

    const withoutUsual = (await call('PUT', '/api/plan', cookie, plan)).json();
    expect(withoutUsual.progress.moneyNotSpent).toBeUndefined();
    expect(withoutUsual.progress.moneyNeedsUsualAmount).toBe(true);

    const saved = await call('PUT', '/api/plan', cookie, { ...plan, usualGramsPerWeek: 3.5 });
    expect(saved.statusCode).toBe(200);
    // 7 plan days × 0.5 g × £30 = £105 usual, minus 0.5 g × £30 = £15 spent.
    expect(saved.json().progress.moneyNotSpent).toBe(90);
    expect(saved.json().plan.currency).toBe('GBP');
    const risk = (await call('GET', '/api/risk', cookie)).json();
    expect(risk.summary.goal.moneyNotSpent).toBe(90);
  });

  it('refuses a currency that is not an ISO 4217 code', async () => {
    const { cookie } = await signUpPerson(testApp.app);
    const startDate = ZIsoDateSchema(new Date());
    for (const currency of ['pounds', 'XYZ', 'gbp']) {
      const response = await call('PUT', '/api/plan', cookie, {
        goal: 'stop',
        startDate,
        currency,
      });
      expect(response.statusCode, currency).toBe(400);
    }
  });
});

describe('a plan that started long ago', () => {
  it('counts streaks, lapses and money from every day since its start, in the person’s zone', async () => {
    const { cookie } = await signUpPerson(testApp.app);
    const timeZone = 'Pacific/Auckland';
    expect((await call('PATCH', '/api/me', cookie, { timeZone })).statusCode).toBe(200);
    // Before the start (the usual amount), two days in a row (one lapse), a clinic dose (no
    // lapse), late evenings that are the next day in Auckland, and a recent use.
    const doses = [
      { hoursAgo: 320 * 24, mg: 700 },
      { hoursAgo: 310 * 24 + 3, mg: 700 },
      { hoursAgo: 200 * 24, mg: 120 },
      { hoursAgo: 199 * 24, mg: 80 },
      { hoursAgo: 150 * 24 + 11, mg: 60 },
      { hoursAgo: 150 * 24 + 13, mg: 60 },
      { hoursAgo: 100 * 24, mg: 300, purpose: 'treatment' },
      { hoursAgo: 20 * 24, mg: 50 },
    ];
    for (const dose of doses) {
      const logged = await call('POST', '/api/doses', cookie, {
        takenAt: new Date(Date.now() - dose.hoursAgo * 3_600_000).toISOString(),
        mg: dose.mg,
        route: 'insufflated',
        ...(dose.purpose ? { purpose: dose.purpose } : {}),
      });
      expect(logged.statusCode, logged.body).toBe(201);
    }
    const startDate = localDate(daysAgo(300), timeZone);
    const saved = await call('PUT', '/api/plan', cookie, {
      goal: 'stop',
      startDate,
      pricePerGram: 40,
      currency: 'GBP',
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const expected = countStreaks({
      uses: doses
        .filter((dose) => !dose.purpose)
        .map((dose) => ({
          date: localDate(new Date(Date.now() - dose.hoursAgo * 3_600_000), timeZone),
          mg: dose.mg,
        })),
      startDate,
      today: localDate(new Date(), timeZone),
      pricePerGram: 40,
    });
    expect(expected.lapses).toBeGreaterThanOrEqual(3);
    expect(saved.json().progress).toEqual(expected);
    const goal = (await call('GET', '/api/risk', cookie)).json().summary.goal;
    expect(goal).toMatchObject({
      lapses: expected.lapses,
      currentStreakDays: expected.currentStreakDays,
      longestStreakDays: expected.longestStreakDays,
      daysSinceLastUse: expected.daysSinceLastUse,
      moneyNotSpent: expected.moneyNotSpent,
    });
  });
});
