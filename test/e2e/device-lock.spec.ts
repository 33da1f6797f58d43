import { describe, expect, it } from 'vitest';
import {
  browserUnavailable,
  closePage,
  openPhonePage,
  signUpInBrowser,
  useBrowser,
} from './support/browser.js';

const browser = useBrowser();
const pin = '482916';

describe.skipIf(browserUnavailable)('the account-mode device lock', () => {
  it('locks after the idle time, survives a reload, makes wrong PINs wait, and opens with the right one', async () => {
    const page = await openPhonePage(browser());
    await page.clock.install();
    await signUpInBrowser(page, 'device-lock');
    const lockForm = page.getByRole('region', { name: 'Lock this device' });
    await lockForm.getByLabel('PIN or passphrase').fill('1234');
    await lockForm.getByRole('button', { name: 'Turn on the lock' }).click();
    await lockForm.getByText('Use at least 6 digits or characters.').waitFor();
    await lockForm.getByLabel('PIN or passphrase').fill(pin);
    await lockForm.getByLabel('Lock after this long without use').selectOption('1');
    await lockForm.getByRole('button', { name: 'Turn on the lock' }).click();
    await lockForm.getByText('The lock is on. It locks after 1 minute without use.').waitFor();

    // A minute without use: only the unlock screen, and Get help one tap away.
    await page.clock.fastForward(65_000);
    await page.getByRole('heading', { name: 'Ketalog is locked' }).waitFor();
    expect(await page.getByText('Signed in as').count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Ketalog is locked' }).waitFor();
    await page.getByTestId('get-help-now').click();
    await page.waitForURL(/\/help$/);
    await page.goBack();

    for (let attempt = 0; attempt < 3; attempt++) {
      await page.getByLabel('PIN or passphrase').fill('000000');
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page
        .getByText('Those details do not match. Please check them and try again.')
        .waitFor();
      await page.getByRole('button', { name: 'Unlock' }).isEnabled();
    }
    // Three wrong tries are free; then even the right PIN waits.
    await page.getByLabel('PIN or passphrase').fill(pin);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('Too many wrong tries. Please wait 5 seconds and try again.').waitFor();
    await page.clock.fastForward(5_000);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor({ timeout: 30_000 });
    await page.getByText('The lock is on. It locks after 1 minute without use.').waitFor();
    await closePage(page);
  }, 120_000);
});
