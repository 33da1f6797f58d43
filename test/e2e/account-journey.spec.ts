import { readFile } from 'node:fs/promises';
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
const password = 'lantern orchard 58 quietly';

/** The Settings form that has this submit button (the forms have no names of their own). */
const formWith = (page: Page, button: string) =>
  page.locator('form').filter({ has: page.getByRole('button', { name: button }) });

/** Clicks a download button and answers the saved file's name and text. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

describe.skipIf(browserUnavailable)('a new person on a phone', () => {
  it('signs up, sees the shell, opens Get help, signs out and signs back in', async () => {
    const page = await openPhonePage(browser());
    const email = `journey-${Date.now()}@example.org`;

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

  it('saves the profile, changes the password, makes new recovery codes, downloads the data and deletes the account', async () => {
    const page = await openPhonePage(browser());
    await signUpInBrowser(page, 'settings');

    await page.getByLabel('Display name (optional)').fill('Robin');
    await page.getByLabel('Body weight in kg (optional)').fill('64');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const { account } = (await (await page.request.get('/api/me')).json()) as {
      account: { profile: { displayName: string; weightKg: number } };
    };
    expect(account.profile).toMatchObject({ displayName: 'Robin', weightKg: 64 });

    const newPassword = 'harbour violet 31 slowly';
    const change = formWith(page, 'Change password');
    await change.getByLabel('Current password').fill(password);
    await change.getByLabel('New password').fill(newPassword);
    await change.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed.').waitFor();

    const renew = formWith(page, 'Make new recovery codes');
    await renew.getByLabel('Password').fill('not the password at all');
    await renew.getByRole('button', { name: 'Make new recovery codes' }).click();
    await renew.getByRole('alert').first().waitFor();
    await renew.getByLabel('Password').fill(newPassword);
    await renew.getByRole('button', { name: 'Make new recovery codes' }).click();
    const codes = page.getByRole('list', { name: 'Your recovery codes' });
    await codes.waitFor();
    expect(await codes.getByRole('listitem').count()).toBeGreaterThan(4);

    await page.goto('/data');
    const everything = await download(page, 'Download everything (JSON)');
    expect(everything.name).toBe('ketalog-export.json');
    expect(JSON.parse(everything.text)).toMatchObject({
      format: 'ketalog-export',
      account: { profile: { displayName: 'Robin' } },
      doses: [],
    });
    await page.getByRole('status').filter({ hasText: 'Your download has started.' }).waitFor();
    const doses = await download(page, 'Doses (CSV)');
    expect(doses.name).toBe('ketalog-doses.csv');
    expect(doses.text).toMatch(
      /^id,takenAt,takenAtLocal \([\w/+-]+\),mg,route,purpose,coUse,setting,notes\r\n$/,
    );

    await page.goto('/settings');
    const removal = formWith(page, 'Delete my account and data');
    await removal.getByLabel('Password').fill(newPassword);
    await removal.getByRole('button', { name: 'Delete my account and data' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await page.getByRole('link', { name: 'Create account' }).first().waitFor();
    expect(await page.request.get('/api/me').then((response) => response.status())).toBe(401);
    await closePage(page);
  });
});
