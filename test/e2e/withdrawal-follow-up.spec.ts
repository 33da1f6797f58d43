import { describe, inject, it } from 'vitest';
import {
  browserUnavailable,
  closePage,
  expectNoSeriousA11yViolations,
  openPhonePage,
  signUpInBrowser,
  useBrowser,
} from './support/browser.js';

const browser = useBrowser();
const joinCode = inject('e2eClinicJoinCode');
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toLocaleDateString('en-CA');

describe.skipIf(browserUnavailable)('a supervised withdrawal follow-up on a phone', () => {
  it('the clinician starts it, the person logs use and misses check-ins, the caseload raises them with the reasons, and the person sees the notice', async () => {
    const clinician = await openPhonePage(browser());
    await signUpInBrowser(clinician, 'follow-up-clinician');
    await clinician.goto('/clinic');
    await clinician.getByLabel('Join code').fill(joinCode!);
    await clinician.getByRole('button', { name: 'Join' }).click();
    await clinician.getByRole('heading', { name: 'Caseload' }).waitFor();

    const person = await openPhonePage(browser());
    await signUpInBrowser(person, 'follow-up-client');
    const name = `Sasha ${Date.now()}`;
    await person.getByLabel('Display name').fill(name);
    await person.getByRole('button', { name: 'Save profile' }).click();
    await person.goto('/sharing');
    await person.getByLabel('Doses and what you took with them').check();
    await person.getByLabel('Daily check-ins').check();
    await person.getByLabel('90 days').check();
    await person.getByRole('button', { name: 'Make code' }).click();
    const code = (await person.getByTestId('share-code').textContent())!.trim();

    await clinician.getByLabel('The client’s sharing code').fill(code);
    await clinician.getByRole('button', { name: 'Add client' }).click();
    await clinician.getByRole('link', { name }).click();
    const panel = clinician.getByTestId('withdrawal-follow-up');
    await panel.getByLabel('Start date').fill(daysAgo(3));
    await panel.getByRole('button', { name: 'Start follow-up' }).click();
    await panel.getByText(/Following since/).waitFor();
    await expectNoSeriousA11yViolations(clinician);

    // The person logs use (as the Today page's form would send it) and has not checked in.
    await person.evaluate(async () => {
      const response = await fetch('/api/doses', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          takenAt: new Date(Date.now() - 3_600_000).toISOString(),
          mg: 40,
          route: 'insufflated',
        }),
      });
      if (!response.ok) throw new Error(await response.text());
    });

    await clinician.goto('/clinic');
    const row = clinician.getByTestId('caseload-row').filter({ hasText: name });
    await row.getByText('Withdrawal follow-up').waitFor();
    await row.getByText(/Use logged during the follow-up/).waitFor();
    await row.getByText(/Missed the expected check-in/).waitFor();

    await person.goto('/');
    const notice = person.getByTestId('followed-by-clinic');
    await notice.getByText(/Riverside Clinic follows your withdrawal/).waitFor();
    await notice.getByText(/nobody there watches it in real time/).waitFor();
    await expectNoSeriousA11yViolations(person);
    await person.goto('/sharing');
    await person.getByTestId('followed-by-clinic').waitFor();

    await closePage(person);
    await closePage(clinician);
  });
});
