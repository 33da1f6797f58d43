import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserUnavailable,
  closePage,
  expectNoSeriousA11yViolations,
  expectNothingSent,
  openPhonePage,
  recordRequests,
  useBrowser,
} from './support/browser.js';

const browser = useBrowser();

/** The chart has drawn: a canvas inside the labelled chart, no wider than the phone. */
async function expectChartFitsPhone(page: Page) {
  const chart = page.getByRole('img', { name: /estimated ketamine blood level/ });
  await chart.locator('canvas').first().waitFor();
  const box = await chart.boundingBox();
  expect(box?.width).toBeGreaterThan(250);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

describe.skipIf(browserUnavailable)('Levels on a phone', () => {
  it('shows a signed-in person the estimate from a logged dose, and warns about a redose', async () => {
    const page = await openPhonePage(browser());
    const signUp = await page.request.post('/api/auth/sign-up', {
      data: { email: `levels-${Date.now()}@example.org`, password: 'lantern orchard 58 quietly' },
    });
    expect(signUp.status()).toBe(201);
    const dose = await page.request.post('/api/doses', {
      data: {
        takenAt: new Date(Date.now() - 20 * 60_000).toISOString(),
        mg: 100,
        route: 'insufflated',
      },
    });
    expect(dose.status()).toBe(201);

    await page.goto('/levels');
    await page.getByRole('heading', { name: 'Levels' }).waitFor();
    await expect
      .poll(() => page.getByTestId('levels-headline').textContent())
      .toMatch(/^Probably in or above the dissociative range until about \d\d:\d\d\.$/);
    await expectChartFitsPhone(page);
    await page.getByText('70 kg is assumed').waitFor();
    expect(await page.getByTestId('levels-model').textContent()).toMatch(
      /^Estimated with the Herd 2007 .*: the usual model for ketamine/,
    );
    expect(await page.getByTestId('levels-model-error').textContent()).toMatch(
      /in \d+ published studies the typical curve was within about ±\d+% of what was measured/,
    );
    await page
      .getByText('This is an estimate, never a guide to how much to take.')
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'What this estimate cannot know' }).waitFor();
    await page.getByText('Show the figures as a table').click();
    await page.getByRole('table', { name: 'Estimated blood level every 30 minutes' }).waitFor();
    await page.getByRole('rowheader', { name: /\(now\)/ }).waitFor();
    await expectNoSeriousA11yViolations(page);

    expect(await page.getByLabel('Amount (mg)').inputValue()).toBe('');
    await page.getByLabel('Amount (mg)').fill('100');
    await page.getByLabel('Route').selectOption('intravenous');
    await page.getByLabel('When').selectOption('0');
    await page.getByRole('button', { name: 'Show what it would do' }).click();
    const warning = page.getByTestId('levels-warning');
    await expect
      .poll(() => warning.textContent())
      .toMatch(
        /A redose now would probably put you in the anaesthetic range, where breathing problems and K-holes happen/,
      );
    await page.getByText('Without the redose').waitFor();
    await expectChartFitsPhone(page);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Remove the redose' }).click();
    await expect.poll(() => warning.count()).toBe(0);
    await closePage(page);
  });

  it('lets a signed-out visitor try the simulator', async () => {
    const page = await openPhonePage(browser());
    await page.goto('/levels');
    await page.getByRole('heading', { name: 'Try the simulator' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    const sent = recordRequests(page);
    const firstDose = page.getByRole('group', { name: 'Dose 1' });
    await firstDose.getByLabel('Amount (mg)').fill('100');
    await page.getByRole('button', { name: 'Add a redose' }).click();
    const secondDose = page.getByRole('group', { name: 'Dose 2' });
    await secondDose.getByLabel('Amount (mg)').fill('150');
    await secondDose.getByLabel('Route').selectOption('intramuscular');
    await secondDose.getByLabel('Minutes after the first dose').fill('40');
    await page.getByRole('button', { name: 'Estimate' }).click();
    await expect
      .poll(() => page.getByTestId('levels-headline').textContent())
      .toMatch(/would probably reach the \w+ range and stay in or above it until about \d\d:\d\d/);
    await page.getByTestId('levels-warning').waitFor();
    await page.getByText(/How close it is: in \d+ published studies/).waitFor();
    await expectChartFitsPhone(page);
    await expectNoSeriousA11yViolations(page);

    await secondDose.getByLabel('Route').selectOption('esketamine-nasal');
    await page.getByRole('button', { name: 'Estimate' }).click();
    await page.getByText('Estimate them separately.').waitFor();

    await firstDose.getByLabel('Amount (mg)').fill('-3');
    await page.getByRole('button', { name: 'Estimate' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/mg|0/);
    // Estimated on the phone: only the engine's code is fetched, never the doses typed.
    expect(sent.some((request) => /simulate-within-limits/.test(request.url))).toBe(true);
    expectNothingSent(
      sent.filter((request) => !/\/assets\//.test(request.url)),
      ['100', '150', '40'],
    );
    await closePage(page);
  });
});
