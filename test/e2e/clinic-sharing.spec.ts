import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  browserUnavailable,
  closePage,
  expectFitsPhone,
  expectNoSeriousA11yViolations,
  openPhonePage,
  signUpInBrowser,
  useBrowser,
} from './support/browser.js';

const browser = useBrowser();
const joinCode = inject('e2eClinicJoinCode');

async function setName(page: Page, name: string) {
  await page.getByLabel('Display name').fill(name);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'PATCH'),
    page.getByRole('button', { name: 'Save profile' }).click(),
  ]);
}

describe.skipIf(browserUnavailable)('sharing with a clinic on a phone', () => {
  it('a person shares, the clinician adds them and sees them on the caseload, the person stops sharing and the clinic loses access', async () => {
    const clinician = await openPhonePage(browser());
    await signUpInBrowser(clinician, 'clinician');
    await clinician.goto('/clinic');
    await clinician.getByRole('heading', { name: 'Join your clinic' }).waitFor();
    await clinician.getByLabel('Join code').fill(joinCode!);
    await clinician.getByRole('button', { name: 'Join' }).click();
    await clinician.getByRole('heading', { name: 'Riverside Clinic' }).waitFor();
    // Other browser tests share this clinic: its caseload need not be empty, only Robin-less.
    await clinician.getByRole('heading', { name: 'Caseload' }).waitFor();
    const robinRows = clinician.getByTestId('caseload-row').filter({ hasText: 'Robin' });
    expect(await robinRows.count()).toBe(0);

    const person = await openPhonePage(browser());
    await signUpInBrowser(person, 'client');
    await setName(person, 'Robin');
    await person.goto('/sharing');
    await person.getByRole('heading', { name: 'Sharing', exact: true }).waitFor();
    await person.getByLabel('Estimated blood levels').check();
    await person.getByLabel('180 days').check();
    await person.getByRole('button', { name: 'Make code' }).click();
    const code = (await person.getByTestId('share-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expectFitsPhone(person);
    await expectNoSeriousA11yViolations(person);

    await clinician.getByLabel('The client’s sharing code').fill(code);
    await clinician.getByRole('button', { name: 'Add client' }).click();
    const row = clinician.getByTestId('caseload-row');
    await row.getByText('Robin').waitFor();
    await expectFitsPhone(clinician);
    await expectNoSeriousA11yViolations(clinician);
    await row.getByRole('link', { name: 'Robin' }).click();
    await clinician.getByRole('heading', { name: 'Notes' }).waitFor();
    await clinician
      .getByText('Open notes: the client can read every note you write here.')
      .waitFor();
    await clinician.getByLabel('New note').fill('Welcome, Robin.');
    await clinician.getByRole('button', { name: 'Save note' }).click();
    await clinician.getByText('Welcome, Robin.').waitFor();
    // The plan was not shared: the clinic is told so instead of seeing it.
    await expect(clinician.getByText('The client has not shared this.').count()).resolves.toBe(0);

    // The person sees the clinic, who looked, the open note and the not-in-real-time notice.
    await person.reload();
    const grant = person.getByTestId('grant');
    await grant.getByText('Riverside Clinic').waitFor();
    await person.getByText('Welcome, Robin.').waitFor();
    await expect.poll(() => person.locator('.access-log li').count()).toBeGreaterThan(0);
    await person.goto('/');
    await person.getByTestId('clinic-not-watching').first().waitFor();

    await person.goto('/sharing');
    await grant.getByRole('button', { name: 'Stop sharing' }).click();
    await grant.getByText('Ended').waitFor();

    await clinician.goto('/clinic');
    await clinician.getByRole('heading', { name: 'Caseload' }).waitFor();
    await expect.poll(() => robinRows.count()).toBe(0);
    await clinician.goBack();
    await clinician.reload();
    await clinician
      .getByText(/Nobody with that id shares/)
      .first()
      .waitFor();
    await closePage(person);
    await closePage(clinician);
  });
});
