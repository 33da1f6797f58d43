import { describe, expect, it } from 'vitest';
import { signUpPerson, useTestApp } from '../../../test/support/test-app.js';

const testApp = useTestApp();

const call = (method: 'GET' | 'PUT' | 'POST', url: string, cookie: string, payload?: object) =>
  testApp.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

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
