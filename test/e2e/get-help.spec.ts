import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserUnavailable,
  closePage,
  expectNoSeriousA11yViolations,
  openPhonePage,
  useBrowser,
} from './support/browser.js';

const browser = useBrowser();

/** The emergency number, then the crisis lines, before "While you wait for help". */
async function expectUkHelpInOrder(page: Page) {
  const emergency = page.getByTestId('emergency');
  await expect
    .poll(() => emergency.getByRole('link', { name: 'Call 999' }).getAttribute('href'))
    .toBe('tel:999');
  const crisis = page.getByTestId('crisis-lines');
  expect(await crisis.getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).toBe(
    'tel:116123',
  );
  expect(await crisis.getByRole('link', { name: /Text SHOUT/ }).getAttribute('href')).toBe(
    'sms:85258?&body=SHOUT',
  );
  const order = await page.evaluate(() => {
    const waiting = [...document.querySelectorAll('h2')].find((h) =>
      h.textContent?.startsWith('While you wait'),
    );
    const blocks = [
      document.querySelector('[data-testid="emergency"]'),
      document.querySelector('[data-testid="crisis-lines"]'),
      waiting,
    ];
    return blocks.every(
      (block, index) =>
        block !== null &&
        block !== undefined &&
        (index === 0 ||
          Boolean(
            blocks[index - 1]!.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING,
          )),
    );
  });
  expect(order).toBe(true);
}

async function chooseOtherCountries(page: Page) {
  await page.getByLabel('Country').selectOption('international');
  await expect
    .poll(() => page.getByTestId('emergency').getByRole('link', { name: 'Call 112' }).count())
    .toBe(1);
  expect(await page.getByLabel('Country').isVisible()).toBe(true);
  expect(await page.getByText('Find A Helpline').count()).toBeGreaterThan(0);
}

describe.skipIf(browserUnavailable)('Get help cannot break (phone, 360 px)', () => {
  it('offers "Other countries" without an error, and the selector stays', async () => {
    const page = await openPhonePage(browser());
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/help') && response.status() >= 400)
        refused.push(response.url());
    });
    await page.goto('/help');
    await expectUkHelpInOrder(page);
    await chooseOtherCountries(page);
    await page.waitForTimeout(500);
    expect(refused).toEqual([]);
    expect(await page.getByText(/Something went wrong|Loading/).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await closePage(page);
  });

  it.each([
    ['/family', 'Where families get support in Other countries'],
    ['/treatment', 'How to reach it in Other countries'],
  ])('lets %s switch to "Other countries" and keeps its selector', async (path, heading) => {
    const page = await openPhonePage(browser());
    await page.goto(path);
    await page.getByLabel('Country').selectOption('international');
    await page.getByRole('heading', { name: heading }).first().waitFor();
    expect(await page.getByLabel('Country').inputValue()).toBe('international');
    expect(await page.getByText(/Something went wrong/).count()).toBe(0);
    await closePage(page);
  });

  it('shows the emergency number and crisis lines when every API call fails', async () => {
    const page = await openPhonePage(browser());
    await page.route('**/api/**', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{}' }),
    );
    await page.goto('/help');
    await expectUkHelpInOrder(page);
    await page.getByText('Showing the help list saved in the app').waitFor();
    await chooseOtherCountries(page);
    await closePage(page);
  });

  it('asks for a refused help list once, never again, and still shows help', async () => {
    const page = await openPhonePage(browser());
    let helpRequests = 0;
    await page.route('**/api/help**', (route) => {
      helpRequests += 1;
      return route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'validation_failed', message: 'no' } }),
      });
    });
    await page.goto('/help');
    await expectUkHelpInOrder(page);
    await page.waitForTimeout(2500);
    expect(helpRequests).toBe(1);
    await closePage(page);
  });

  it('works on a device that went offline after opening the app', async () => {
    const page = await openPhonePage(browser());
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.context().setOffline(true);
    await page.getByTestId('get-help-now').click();
    await expectUkHelpInOrder(page);
    await chooseOtherCountries(page);
    await closePage(page);
  });

  it('opens fresh with the network off after one visit, and never stores API answers', async () => {
    const page = await openPhonePage(browser());
    const context = page.context();
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request.url());
    });
    await page.goto('/help');
    await expectUkHelpInOrder(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(apiRequests.length).toBeGreaterThan(0);

    const worker = await page.request.get('/service-worker.js');
    expect(worker.headers()['cache-control']).toBe('no-cache');
    expect(worker.headers()['content-security-policy']).toContain("worker-src 'self'");

    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await expectUkHelpInOrder(page);
    await chooseOtherCountries(page);

    const fresh = await context.newPage();
    const opened = await fresh.goto('/help');
    expect(opened?.fromServiceWorker()).toBe(true);
    await expectUkHelpInOrder(fresh);
    await chooseOtherCountries(fresh);

    const cachedPaths = await fresh.evaluate(async () => {
      const requests = await Promise.all(
        (await caches.keys()).map(async (name) => (await caches.open(name)).keys()),
      );
      return requests.flat().map((request) => new URL(request.url).pathname);
    });
    expect(cachedPaths).toContain('/index.html');
    expect(cachedPaths.filter((cachedPath) => cachedPath.startsWith('/api/'))).toEqual([]);
    await closePage(page);
  });
});
