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

describe.skipIf(browserUnavailable)('Learn and family mode on a phone, signed out', () => {
  it('searches Learn in everyday words and opens the withdrawal article with its references', async () => {
    const page = await openPhonePage(browser());
    await page.goto('/learn');
    await page.getByRole('heading', { name: 'Learn', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Ketamine withdrawal' }).first().waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('Search the articles').fill('insomnia after stopping');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.getByTestId('search-results');
    await results.waitFor();
    const first = results.getByRole('listitem').first();
    expect(await first.getByRole('link').textContent()).toBe('Ketamine withdrawal');
    expect(await results.locator('mark').count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);

    await first.getByRole('link').click();
    await page.getByRole('heading', { name: 'Ketamine withdrawal', level: 1 }).waitFor();
    const references = page.getByTestId('references');
    await references.waitFor();
    expect(await references.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => references.getByRole('link', { name: 'doi:10.1111/ajad.12978' }).count())
      .toBe(1);
    // A citation marker is a numbered link to its entry in the reference list.
    const citation = page.locator('sup.citation a').first();
    expect(await citation.textContent()).toBe('[1]');
    await citation.click();
    expect(new URL(page.url()).hash).toMatch(/^#ref-/);
    expect(await page.getByText(/Last reviewed/).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Get help now' }).count()).toBeGreaterThanOrEqual(
      2,
    );
    await expectNoSeriousA11yViolations(page);

    // Internal links in the text navigate inside the app.
    await page.getByRole('link', { name: 'mental health and crisis' }).first().click();
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /crisis/i })
      .waitFor();
    await closePage(page);
  });

  it('opens family mode from the home page, answers the checklist and sees guidance', async () => {
    const page = await openPhonePage(browser());
    await page.goto('/');
    await page.getByRole('link', { name: /Worried about someone/ }).click();
    await page.getByRole('heading', { name: 'Worried about someone?', level: 1 }).waitFor();
    await expect.poll(() => page.locator('.line-card a[href^="tel:"]').count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);

    const checklist = page.getByTestId('observer-checklist');
    const sent = recordRequests(page);
    await checklist.getByRole('checkbox').nth(0).check();
    await checklist.getByRole('checkbox').nth(1).check();
    await page.getByRole('button', { name: 'See guidance' }).click();
    const guidance = page.getByTestId('guidance');
    await guidance.waitFor();
    expect(await guidance.getAttribute('data-tier')).toBe('few');
    expect(await guidance.getByRole('listitem').count()).toBeGreaterThan(0);
    // The guidance comes from the device: what a worried visitor ticks is never sent.
    const ticked = await checklist
      .getByRole('checkbox', { checked: true })
      .evaluateAll((boxes) => boxes.map((box) => box.getAttribute('name') ?? ''));
    expect(ticked).toHaveLength(2);
    expectNothingSent(sent, ticked);
    await expectNoSeriousA11yViolations(page);
    await closePage(page);
  });

  it('shows the treatment steps with routes for the browser country', async () => {
    const page = await openPhonePage(browser(), 'en-US');
    await page.goto('/treatment');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.locator('.pathway-step').count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByLabel('Country').inputValue()).toBe('US');
    await expectNoSeriousA11yViolations(page);
    await closePage(page);
  });
});
