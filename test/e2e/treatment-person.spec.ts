import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  browserUnavailable,
  closePage,
  expectNoSeriousA11yViolations,
  openPhonePage,
  signUpInBrowser,
  useBrowser,
} from './support/browser.js';

const browser = useBrowser();
const joinCode = inject('e2eClinicJoinCode');
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** A request through the page's own session; fails the test unless it worked. */
async function send(page: Page, method: 'POST' | 'PUT', url: string, data: object) {
  const response = await page.request.fetch(url, { method, data });
  expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300);
  return response.json() as Promise<Record<string, unknown>>;
}

describe.skipIf(browserUnavailable)('a person in treatment, on a phone', () => {
  it('sees the check of their log before the next session, a PHQ-9 due on Today, and a week over their prescription', async () => {
    const clinician = await openPhonePage(browser());
    await signUpInBrowser(clinician, 'treatment-clinician');
    await send(clinician, 'POST', '/api/clinic/join', { code: joinCode });

    const person = await openPhonePage(browser());
    await signUpInBrowser(person, 'treatment-person');
    await send(person, 'POST', '/api/doses', {
      takenAt: hoursFromNow(-3),
      mg: 20,
      route: 'insufflated',
      coUse: [{ substance: 'beer' }],
    });
    const { code } = await send(person, 'POST', '/api/sharing/codes', {
      scopes: ['log', 'self-checks'],
      days: 90,
    });
    const { client } = (await send(clinician, 'POST', '/api/clinic/clients', { code })) as {
      client: { id: string };
    };
    await send(clinician, 'PUT', `/api/clinic/clients/${client.id}/next-session`, {
      startsAt: hoursFromNow(10),
    });
    await send(clinician, 'PUT', `/api/clinic/clients/${client.id}/questionnaire-schedule`, {
      questionnaireId: 'phq-9',
      everyDays: 14,
    });

    // Today: the PHQ-9 the clinic asked for is due, with the way to take it.
    await person.goto('/');
    const today = person.getByTestId('treatment-today');
    await today.getByText(/Your clinic asked for a PHQ-9: due since/).waitFor();
    await today.getByText(/Your log shows something your clinic asks you to avoid/).waitFor();
    await expect(
      today.getByRole('link', { name: 'Take the PHQ-9 now' }).getAttribute('href'),
    ).resolves.toBe('/self-check/phq-9');

    // Your treatment: the preparation check names what was logged, with its source.
    await today.getByRole('link', { name: 'Open your treatment' }).click();
    await person.getByRole('heading', { name: 'Your treatment', level: 1 }).waitFor();
    const check = person.getByTestId('preparation-check');
    await check.getByText(/beer \(alcohol\) at .*: within 24 hours/).waitFor();
    await check.getByText(/Source: .*Journey Clinical/).waitFor();
    await person.getByTestId('clinic-not-watching').waitFor();

    // The person notes their own prescription; a week over it is said to them first.
    await person.getByLabel('Medicine and route').selectOption('ketamine-troche');
    await person.getByLabel('Amount per dose (mg)').fill('100');
    await person.getByLabel('Most per week (mg)').fill('150');
    await person.getByRole('button', { name: 'Save my prescription' }).click();
    await person.getByTestId('prescription').getByText('Your own note').waitFor();
    await expect(person.getByTestId('prescription-warning').count()).resolves.toBe(0);
    await send(person, 'POST', '/api/doses', {
      takenAt: hoursFromNow(-1),
      mg: 160,
      route: 'sublingual',
    });
    await person.reload();
    await person
      .getByTestId('prescription-warning')
      .filter({ hasText: /^Your log shows 160 mg in the week of .+, more than the 150 mg a week/ })
      .waitFor();
    await person.getByText('More than prescribed').first().waitFor();
    expect(await person.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await expectNoSeriousA11yViolations(person);
    await closePage(person);
    await closePage(clinician);
  });
});
