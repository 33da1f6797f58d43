import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserUnavailable,
  closePage,
  expectNoSeriousA11yViolations,
  expectNothingSent,
  openPhonePage,
  recordRequests,
  signUpInBrowser,
  useBrowser,
} from './support/browser.js';

const browser = useBrowser();

const signUp = (page: Page) => signUpInBrowser(page, 'self-monitoring');

/** The severities of the flags on Today, in the order they are shown. */
const shownSeverities = (page: Page) =>
  page
    .locator('.flags [data-severity]')
    .evaluateAll((flags) => flags.map((flag) => flag.getAttribute('data-severity')));

describe.skipIf(browserUnavailable)('self-monitoring on a phone', () => {
  it('logs a dose with alcohol and a check-in with blood in urine, and sees the urgent warnings first on Today', async () => {
    const page = await openPhonePage(browser());
    await signUp(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Today' })
      .click();
    await page.getByRole('heading', { name: 'Log a dose' }).waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('Amount in mg').fill('80');
    await page.getByLabel('Substance 1').fill('alcohol');
    await expect.poll(() => page.getByText('Recognised as alcohol').count()).toBe(1);
    await page.getByLabel('Amount (optional)').fill('4');
    await page.getByLabel(/^Unit/).fill('units');
    await expect.poll(() => page.getByTestId('mix-warning').textContent()).toMatch(/Dangerous/);
    await page.getByRole('button', { name: 'Save dose' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Dose saved/);

    await page.getByLabel('Blood in my urine').check();
    await expect.poll(() => page.getByText('Blood in urine needs a doctor today').count()).toBe(1);
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Check-in saved').waitFor();

    const dangerousMix = page.getByTestId('flag-dangerous-combination');
    const bloodInUrine = page.getByTestId('flag-blood-in-urine');
    await dangerousMix.waitFor();
    await bloodInUrine.waitFor();
    expect(await bloodInUrine.getAttribute('data-severity')).toBe('urgent');
    await expect
      .poll(() => bloodInUrine.getByRole('link', { name: 'Get help now' }).getAttribute('href'))
      .toBe('/help');
    const severities = await shownSeverities(page);
    expect(severities[0]).toBe('urgent');
    expect(severities.lastIndexOf('urgent')).toBeLessThan(
      severities.findIndex((s) => s !== 'urgent') === -1
        ? Infinity
        : severities.findIndex((s) => s !== 'urgent'),
    );
    await expectNoSeriousA11yViolations(page);

    // Editing today's check-in starts from what was saved.
    await page.reload();
    await page.getByText('You checked in today').waitFor();
    expect(await page.getByLabel('Blood in my urine').isChecked()).toBe(true);

    // Ticking thoughts of self-harm shows crisis help at once, before anything is saved.
    await page.getByLabel('Thoughts of hurting myself').check();
    const crisis = page.getByTestId('crisis-notice');
    await crisis.waitFor();
    expect(await crisis.getByRole('link', { name: 'Get help now' }).getAttribute('href')).toBe(
      '/help',
    );
    // The country's crisis lines and emergency number are right there, one tap each.
    await expect.poll(() => crisis.locator('a[href="tel:116123"]').count()).toBeGreaterThan(0);
    expect(await crisis.locator('a[href="tel:999"]').count()).toBe(1);
    await page.getByLabel('Thoughts of hurting myself').uncheck();

    // "Log again" fills in the last dose.
    await page.getByRole('button', { name: 'Log again' }).click();
    expect(await page.getByLabel('Amount in mg').inputValue()).toBe('80');
    expect(await page.getByLabel('Substance 1').inputValue()).toBe('alcohol');

    // Craving now: a coping tool, then "did it help?" is recorded.
    await page.getByRole('button', { name: 'Craving now' }).click();
    await page.getByRole('heading', { name: 'Riding out a craving' }).waitFor();
    await page.getByRole('button', { name: 'Done, next' }).click();
    await page
      .getByRole('group', { name: 'How strong is it right now?' })
      .getByLabel('7', { exact: true })
      .check();
    await page
      .getByRole('group', { name: 'Did it help?' })
      .getByLabel('Yes', { exact: true })
      .check();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved. Noticing a craving').waitFor();
    const { cravings } = (await (await page.request.get('/api/cravings')).json()) as {
      cravings: { intensity: number; toolsTried: string[]; helped: boolean }[];
    };
    expect(cravings).toMatchObject([{ intensity: 7, toolsTried: ['grounding'], helped: true }]);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'History' })
      .click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await expect
      .poll(() => page.getByTestId('dose-entry').first().textContent())
      .toMatch(/80 mg.*alcohol 4 units/);
    await page.locator('.uplot').first().waitFor();
    await expectNoSeriousA11yViolations(page);

    // A check-in can be deleted from History, after one confirmation.
    await page.getByRole('button', { name: /^Delete Check-in/ }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect
      .poll(async () => (await (await page.request.get('/api/check-ins')).json()).checkIns.length)
      .toBe(0);
    await closePage(page);
  });

  it('stores a dose once when the answer is lost on the way back and the app sends it again', async () => {
    const page = await openPhonePage(browser());
    await signUp(page);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Log a dose' }).waitFor();
    const keysSent: Array<string | undefined> = [];
    await page.route('**/api/doses', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keysSent.push(route.request().headers()['idempotency-key']);
      if (keysSent.length > 1) return route.continue();
      // The server stores the dose, but its answer never reaches the browser.
      await route.fetch();
      return route.abort('connectionreset');
    });
    await page.getByLabel('Amount in mg').fill('55');
    await page.getByRole('button', { name: 'Save dose' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Dose saved/);
    expect(keysSent).toHaveLength(2);
    expect(keysSent[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keysSent[1]).toBe(keysSent[0]);
    const { doses } = (await (await page.request.get('/api/doses')).json()) as {
      doses: { mg: number }[];
    };
    expect(doses.map((dose) => dose.mg)).toEqual([55]);
    await closePage(page);
  });

  it('shows ketamine with alcohol as dangerous in the combination checker without an account', async () => {
    const page = await openPhonePage(browser());
    await page.goto('/combinations');
    await page.getByLabel('Add a substance').fill('alcohol');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => page.getByTestId('overall-level').textContent()).toMatch(/Dangerous/);
    expect(await page.getByTestId('pair').first().getAttribute('data-level')).toBe('dangerous');
    await expectNoSeriousA11yViolations(page);
    await closePage(page);
  });

  it('puts the crisis message before the score when PHQ-9 question 9 is above zero, and sends the answers nowhere', async () => {
    const page = await openPhonePage(browser());
    await page.goto('/self-check');
    await page.getByRole('link', { name: 'Start PHQ-9' }).click();
    await page.locator('#question-1').waitFor();
    await expectNoSeriousA11yViolations(page);
    const sent = recordRequests(page);
    for (let question = 1; question <= 8; question += 1) {
      await page.locator(`#question-${question}`).getByLabel('Not at all').check();
    }
    await page.locator('#question-9').getByLabel('Several days').check();
    await page.getByRole('button', { name: 'See my result' }).click();
    const crisis = page.getByTestId('crisis-notice');
    await crisis.waitFor();
    const crisisComesFirst = await page.evaluate(() => {
      const notice = document.querySelector('[data-testid="crisis-notice"]');
      const score = document.querySelector('[data-testid="score"]');
      return Boolean(
        notice && score && notice.compareDocumentPosition(score) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
    expect(crisisComesFirst).toBe(true);
    expect(await crisis.getByRole('link', { name: 'Get help now' }).getAttribute('href')).toBe(
      '/help',
    );
    await expect.poll(() => page.getByTestId('score').textContent()).toMatch(/Score 1 of 27/);
    // On a phone the crisis box is what shows first: it has the focus and sits in view.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('crisis-notice');
    const top = await crisis.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(400);
    expect(await crisis.getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).toBe(
      'tel:116123',
    );
    const result = (await page.getByTestId('self-check-result').textContent()) ?? '';
    expect(result).toMatch(/Talk to someone today/);
    expect(result).not.toMatch(/Nothing needs to change/);
    await expectNoSeriousA11yViolations(page);
    // Signed out, the answers (the self-harm item among them) are scored on the phone.
    expectNothingSent(sent, []);
    await closePage(page);
  });
});
