import { describe, expect, it } from 'vitest';
import {
  browserUnavailable,
  closePage,
  expectNoSeriousA11yViolations,
  openPhonePage,
  useBrowser,
} from './support/browser.js';

const browser = useBrowser();

describe.skipIf(browserUnavailable)('a new person on a phone', () => {
  it('signs up, sees the shell, opens Get help, signs out and signs back in', async () => {
    const page = await openPhonePage(browser());
    const email = `journey-${Date.now()}@example.org`;
    const password = 'lantern orchard 58 quietly';

    await page.goto('/');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: 'Create account' }).first().click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/at least 12 characters/);
    await page.getByLabel('Password').fill(password);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    await page.getByRole('button', { name: 'I have saved my codes' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const section of ['Today', 'History', 'Self-check', 'Levels', 'Learn', 'Get help']) {
      await expect(nav.getByRole('link', { name: section }).count()).resolves.toBe(1);
    }
    await expectNoSeriousA11yViolations(page);

    await page.getByTestId('get-help-now').click();
    await page.getByRole('heading', { name: 'Get help now' }).waitFor();
    const emergency = page.getByTestId('emergency');
    await expect
      .poll(() => emergency.getByRole('link').first().getAttribute('href'))
      .toBe('tel:999');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.request.get('/api/me').then((response) => response.status())).toBe(401);

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await closePage(page);
  });

  it('reaches the emergency number in one tap from three different pages', async () => {
    const page = await openPhonePage(browser(), 'en-US');
    for (const start of ['/', '/learn', '/sign-in']) {
      await page.goto(start);
      await page.getByTestId('get-help-now').click();
      await expect
        .poll(() => page.getByTestId('emergency').getByRole('link').first().getAttribute('href'))
        .toBe('tel:911');
    }
    await closePage(page);
  });
});
