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

async function addSubstances(page: Page, text: string) {
  await page.getByLabel('Add a substance').fill(text);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe.skipIf(browserUnavailable)('Combinations on a phone', () => {
  it('shows every pair of three or more substances in a grid, in colour and words, and leads to the details', async () => {
    const page = await openPhonePage(browser());
    await page.goto('/combinations');
    await page.getByLabel('Add a substance').waitFor();
    const sent = recordRequests(page);
    await addSubstances(page, 'alcohol, Xanax, MDMA, Nardil');

    const grid = page.getByRole('table', { name: 'Every pair at a glance' });
    await grid.waitFor();
    const columns = await grid.getByRole('columnheader').allTextContents();
    expect(columns).toEqual(['ketamine', 'alcohol', 'alprazolam', 'MDMA', 'phenelzine']);
    const rows = await grid.getByRole('rowheader').allTextContents();
    expect(rows).toEqual(columns);

    // MDMA with an MAOI is rated dangerous by harm-reduction data; alcohol with Xanax too.
    const cell = (row: string, column: string) =>
      grid
        .getByRole('rowheader', { name: row, exact: true })
        .locator('xpath=..')
        .getByRole('cell')
        .nth(columns.indexOf(column));
    await expect.poll(() => cell('MDMA', 'phenelzine').textContent()).toBe('Dangerous');
    expect(await cell('MDMA', 'phenelzine').getAttribute('data-level')).toBe('dangerous');
    expect(await cell('alcohol', 'alprazolam').textContent()).toBe('Dangerous');
    expect(await cell('ketamine', 'MDMA').textContent()).toBe('Low risk');
    expect(await cell('MDMA', 'MDMA').textContent()).toContain('same substance');
    // 5 substances make 10 pairs: none is unknown.
    expect(await page.getByTestId('pair').count()).toBe(10);
    expect(await grid.locator('td[data-level="unknown"]').count()).toBe(0);

    // The grid scrolls inside itself; the page stays phone-wide.
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await expectNoSeriousA11yViolations(page);

    await cell('MDMA', 'phenelzine').getByRole('link').click();
    const focused = page.locator('article:focus');
    await expect.poll(() => focused.getAttribute('data-level')).toBe('dangerous');
    expect(await focused.getByRole('heading', { level: 2 }).textContent()).toMatch(
      /MDMA \+ phenelzine: Dangerous/,
    );
    // Checked on the phone: what someone plans to mix is never sent.
    expectNothingSent(sent, ['alcohol', 'Xanax', 'MDMA', 'Nardil']);
    await closePage(page);
  });

  it('lists two substances without a grid, and keeps a long name whole on a phone', async () => {
    const page = await openPhonePage(browser());
    await page.goto('/combinations');
    await addSubstances(page, 'tramadol');
    await expect.poll(() => page.getByTestId('overall-level').textContent()).toMatch(/Dangerous/);
    expect(await page.getByRole('table').count()).toBe(0);

    // A name of exactly 80 characters is taken whole, and unknown never reads as safe.
    const longest = 'x'.repeat(80);
    await addSubstances(page, longest);
    await page
      .getByText(`"${longest}" is not in our data: unknown — not known to be safe.`)
      .waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await closePage(page);
  });

  it('says when a pasted name or list is too long and keeps all of it, instead of cutting it', async () => {
    const page = await openPhonePage(browser());
    await page.goto('/combinations');
    const longName = `alcohol ${'and more '.repeat(10)}`.trim();
    await addSubstances(page, longName);
    await page.getByText(/is \d+ characters long\. A name can be at most 80 characters/).waitFor();
    expect(await page.getByLabel('Add a substance').inputValue()).toBe(longName);
    expect(await page.getByLabel('Add a substance').getAttribute('aria-invalid')).toBe('true');
    expect(
      await page.getByRole('list', { name: 'Substances to check' }).getByRole('listitem').count(),
    ).toBe(1);
    await expectNoSeriousA11yViolations(page);

    // Twenty more would make 21: said, and nothing is dropped or added.
    const many = Array.from({ length: 20 }, (_, index) => `substance ${index + 1}`).join(', ');
    await addSubstances(page, many);
    await page
      .getByText('You can check up to 20 substances at a time, and this would make 21.')
      .waitFor();
    expect(await page.getByLabel('Add a substance').inputValue()).toBe(many);
    expect(
      await page.getByRole('list', { name: 'Substances to check' }).getByRole('listitem').count(),
    ).toBe(1);
    await closePage(page);
  });
});
