import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserUnavailable,
  closePage,
  expectNoSeriousA11yViolations,
  openPhonePage,
  signUpInBrowser,
  useBrowser,
} from './support/browser.js';

const browser = useBrowser();

const signUp = (page: Page) => signUpInBrowser(page, 'first-use');

/** Calls the API from inside the page, with its session cookie and origin. */
function callApi(page: Page, method: string, path: string, body: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response.status;
    },
    { method, path, body },
  );
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

async function goToday(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await page.getByTestId('action-row').waitFor();
}

describe.skipIf(browserUnavailable)('first use on a phone (360 px)', () => {
  it('picks a country by name and a time zone by search, and says when a country has no local help list', async () => {
    const page = await openPhonePage(browser(), 'en-GB', 'Europe/London');
    await signUp(page);
    const country = page.getByLabel('Country');
    // Offered as names, never a code to type.
    expect(
      await country.locator('option', { hasText: 'United Kingdom' }).getAttribute('value'),
    ).toBe('GB');
    await country.selectOption({ label: 'Japan' });
    await page.getByTestId('no-local-directory').waitFor();
    await country.selectOption({ label: 'United Kingdom' });
    expect(await page.getByTestId('no-local-directory').count()).toBe(0);

    // The zone defaults to the device's; searching narrows the list and picks the match.
    const zone = page.getByLabel('Time zone', { exact: true });
    expect(await zone.inputValue()).toBe('Europe/London');
    await page.getByLabel('Search time zones').fill('tokyo');
    await expect.poll(() => zone.inputValue()).toBe('Asia/Tokyo');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Saved.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Country').inputValue()).toBe('GB');
    expect(await page.getByLabel('Time zone', { exact: true }).inputValue()).toBe('Asia/Tokyo');

    // The device (London) differs from the profile (Tokyo): the dose form uses the device's
    // clock and says so; a time skipped by the clock change is asked about; the saved
    // message names the day, as it is not today.
    await goToday(page);
    await page.getByText('Time on this device (Europe/London)').waitFor();
    await page.getByLabel('When').fill('2026-03-29T01:30');
    await page.getByLabel('Amount in mg').fill('40');
    await page.getByRole('button', { name: 'Save dose' }).click();
    const clock = page.getByTestId('clock-change');
    await clock.waitFor();
    expect(await clock.textContent()).toMatch(/clocks went forward/);
    await clock.getByLabel(/02:30/).check();
    await page.getByRole('button', { name: 'Save dose' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/Dose saved at .*29 Mar.*02:30/);

    // An amount below 1 mg asks "is this right?" before saving.
    await page.getByLabel('Amount in mg').fill('0.5');
    await page.getByRole('button', { name: 'Save dose' }).click();
    const unusual = page.getByTestId('unusual-entry');
    await unusual.waitFor();
    expect(await unusual.textContent()).toMatch(/Is this right\?.*less than 1 mg/);
    await unusual.getByRole('button', { name: /Yes, this is right/ }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Dose saved/);
    await closePage(page);
  });

  it('puts the action row at the top, folds warnings to one line with when they happened, and remembers "seen"', async () => {
    const page = await openPhonePage(browser());
    await signUp(page);
    await callApi(page, 'PATCH', '/api/me', { country: 'GB', timeZone: 'Europe/London' });
    // A binge three days ago: four doses within four hours.
    for (const hours of [75, 74, 73, 72]) {
      expect(
        await callApi(page, 'POST', '/api/doses', {
          takenAt: hoursAgo(hours),
          mg: 30,
          route: 'insufflated',
        }),
      ).toBe(201);
    }
    await page.reload();
    await goToday(page);

    const row = page.getByTestId('action-row');
    for (const name of ['Log a dose', 'Check in', 'Craving now']) {
      const box = await row.getByRole('button', { name }).boundingBox();
      expect(box && box.y + box.height).toBeLessThan(780);
    }
    await expect
      .poll(() => row.getByTestId('time-since-last-dose').textContent())
      .toMatch(/^3 days(, \d+ hours?)? since your last dose/);
    await expectNoSeriousA11yViolations(page);

    const binge = page.getByTestId('flag-binge');
    await binge.waitFor();
    const weekday = new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      timeZone: 'Europe/London',
    }).format(new Date(Date.now() - 72 * 3_600_000));
    expect(await binge.locator('summary').textContent()).toContain(
      `Last ${weekday}: Redosing: 4 doses within 4 hours`,
    );
    expect(await binge.getAttribute('open')).toBeNull();

    await row.getByRole('button', { name: 'Check in' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('check-in-title');

    await binge.locator('summary').click();
    await binge.getByRole('button', { name: /Mark as seen/ }).click();
    await page.getByText('Seen (1 warning)').waitFor();
    await page.reload();
    await page.getByText('Seen (1 warning)').waitFor();

    // Thoughts of self-harm in yesterday's check-in: the card has the UK crisis lines to tap.
    await page.getByLabel('Day of this check-in').selectOption({ label: 'Yesterday' });
    await page.getByLabel('Thoughts of hurting myself').check();
    await page.getByLabel('Blood in my urine').check();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Check-in for Yesterday saved').waitFor();
    const selfHarm = page.getByTestId('flag-self-harm-thoughts');
    await selfHarm.waitFor();
    expect(await selfHarm.getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).toBe(
      'tel:116123',
    );
    // Blood in the urine points at urgent care for the country: NHS 111.
    const blood = page.getByTestId('flag-blood-in-urine');
    expect(await blood.getByRole('link', { name: 'Call 111' }).getAttribute('href')).toBe(
      'tel:111',
    );

    // A new, bigger session brings the seen warning back.
    for (const hours of [4, 3, 2.5, 2, 1]) {
      await callApi(page, 'POST', '/api/doses', {
        takenAt: hoursAgo(hours),
        mg: 30,
        route: 'insufflated',
      });
    }
    await page.reload();
    // Yesterday when the session began before midnight (a run in the first hours of the day).
    await expect
      .poll(() => page.getByTestId('flag-binge').locator('summary').textContent())
      .toMatch(/(Today|Yesterday): Redosing: 5 doses within 4 hours/);
    expect(await page.getByTestId('seen-flags').count()).toBe(0);

    // Levels shows the same time since the last dose.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Levels' })
      .click();
    await expect
      .poll(() => page.getByTestId('time-since-last-dose').textContent())
      .toMatch(/^1 hour(, \d+ minutes?)? since your last dose/);
    await closePage(page);
  });

  it('shows plan milestones and money not spent in the person’s currency', async () => {
    const page = await openPhonePage(browser());
    await signUp(page);
    await callApi(page, 'PATCH', '/api/me', { country: 'GB', timeZone: 'Europe/London' });
    await page.reload();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Plan' })
      .click();
    await page.getByLabel('What a gram costs you (optional)').fill('30');
    expect(await page.getByLabel('Currency of that price').inputValue()).toBe('GBP');
    await page.getByLabel(/Grams you usually used in a week/).fill('7');
    await page.getByRole('button', { name: 'Save plan' }).click();
    const progress = page.getByTestId('plan-progress');
    await progress.waitFor();
    // Day 1 of the plan: one usual day (1 g at £30) not spent.
    await expect
      .poll(() => progress.getByTestId('money-not-spent').textContent())
      .toBe('Money not spent: £30.00');
    expect(await progress.textContent()).toContain('1 day in your plan');
    const milestones = await progress.getByTestId('milestones').locator('li').allTextContents();
    expect(milestones.map((text) => text.replace(' (reached)', ''))).toEqual([
      '1 day',
      '3 days',
      '7 days',
      '14 days',
      '30 days',
      '60 days',
      '90 days',
      '180 days',
      '365 days',
    ]);
    await expectNoSeriousA11yViolations(page);
    await closePage(page);
  });
});
