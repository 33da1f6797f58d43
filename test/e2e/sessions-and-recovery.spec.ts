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
const password = 'lantern orchard 58 quietly';

/** Nothing may stick out sideways on a 360 px phone. */
const expectFitsPhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
}

describe.skipIf(browserUnavailable)('sessions and a forgotten password on a phone', () => {
  it('lists sessions, signs another device out, and resets a forgotten password with a recovery code', async () => {
    const email = `recovery-${Date.now()}@example.org`;
    const phone = await openPhonePage(browser());
    await phone.goto('/sign-up');
    await phone.getByLabel('Email').fill(email);
    await phone.getByLabel('Password').fill(password);
    await phone.getByRole('button', { name: 'Create account' }).click();
    const codes = phone.getByRole('list', { name: 'Your recovery codes' });
    await codes.waitFor();
    const shown = await codes.getByRole('listitem').allTextContents();
    expect(shown).toHaveLength(10);
    await expectFitsPhone(phone);
    await expectNoSeriousA11yViolations(phone);
    await phone.getByRole('button', { name: 'I have saved my codes' }).click();
    await phone.getByRole('heading', { name: 'Settings' }).waitFor();

    // A second device signs in; the phone sees both and signs the other one out.
    const other = await openPhonePage(browser());
    await signIn(other, email);
    await phone.reload();
    await phone.getByRole('heading', { name: 'Where you are signed in' }).waitFor();
    const sessions = phone.locator('.session-list li');
    await expect.poll(() => sessions.count()).toBe(2);
    await expect(sessions.getByText('This device').count()).resolves.toBe(1);
    await expect.poll(() => sessions.first().textContent()).toMatch(/Last used/);
    await expectFitsPhone(phone);
    await expectNoSeriousA11yViolations(phone);
    const otherRow = sessions.filter({ hasNotText: 'This device' });
    await otherRow.getByRole('button', { name: /^Sign out / }).click();
    await expect.poll(() => sessions.count()).toBe(1);
    expect(await other.request.get('/api/me').then((response) => response.status())).toBe(401);
    await closePage(other);

    // Forgotten password: the sign-in page leads to a reset with one of the codes.
    await phone.getByRole('button', { name: 'Sign out everywhere' }).click();
    await phone.getByRole('heading', { name: 'Sign in' }).waitFor();
    await phone.getByRole('link', { name: 'Forgot your password?' }).click();
    await phone.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await expectFitsPhone(phone);
    await expectNoSeriousA11yViolations(phone);
    const newPassword = 'copper heron drifting slowly';
    await phone.getByLabel('Email').first().fill(email);
    await phone.getByLabel('Recovery code').fill(shown[3]!);
    await phone.getByLabel('New password').fill('password1234');
    await phone.getByRole('button', { name: 'Set new password' }).click();
    await expect.poll(() => phone.getByRole('alert').first().textContent()).toMatch(/too easy/);
    await phone.getByLabel('New password').fill(newPassword);
    await phone.getByRole('button', { name: 'Set new password' }).click();
    await phone.getByRole('heading', { name: 'Today' }).waitFor();
    expect(await phone.request.get('/api/me').then((response) => response.status())).toBe(200);

    await phone.getByRole('button', { name: 'Sign out' }).click();
    await phone.getByRole('heading', { name: 'Sign in' }).waitFor();
    await phone.getByLabel('Email').fill(email);
    await phone.getByLabel('Password').fill(newPassword);
    await phone.getByRole('button', { name: 'Sign in' }).click();
    await phone.getByRole('heading', { name: 'Today' }).waitFor();
    await closePage(phone);
  });
});
