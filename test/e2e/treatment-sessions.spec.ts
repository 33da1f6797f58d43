import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
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

/** With KETALOG_SCREENSHOT_DIR set (docs/screenshots), the README's phone screenshots are taken too. */
const screenshotDir = process.env.KETALOG_SCREENSHOT_DIR;
async function screenshot(page: Page, name: string, shown: Locator) {
  if (!screenshotDir) return;
  await shown.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/** Answers every yes/no question of the session form "No". */
async function answerAllNo(form: Locator) {
  const questions = form.locator('fieldset.yes-no');
  for (let index = 0; index < (await questions.count()); index += 1) {
    await questions.nth(index).getByLabel('No', { exact: true }).check();
  }
}

const reading = (form: Locator, time: string) => form.getByTestId(`reading-${time}`);

async function enterPressure(form: Locator, time: string, systolic: string, diastolic: string) {
  await reading(form, time).getByLabel('Systolic (mmHg)').fill(systolic);
  await reading(form, time).getByLabel('Diastolic (mmHg)').fill(diastolic);
}

describe.skipIf(browserUnavailable)('treatment sessions in the clinic area', () => {
  it('a clinician records, pre-fills, corrects and completes sessions on a phone, sets a prescription, plans the next session and a PHQ-9 schedule, and sees the REMS list and outcomes on a desktop; the dose is in the person’s log', async () => {
    const person = await openPhonePage(browser());
    await signUpInBrowser(person, 'treated');
    await person.getByLabel('Display name').fill('Jordan');
    await Promise.all([
      person.waitForResponse((response) => response.request().method() === 'PATCH'),
      person.getByRole('button', { name: 'Save profile' }).click(),
    ]);
    await person.goto('/sharing');
    await person.getByLabel('Self-check results (such as PHQ-9)').check();
    await person.getByRole('button', { name: 'Make code' }).click();
    const code = (await person.getByTestId('share-code').textContent())!.trim();
    // The code shows as a QR code too, named for screen readers; the text stays.
    const qr = person.getByRole('img', { name: `QR code of your sharing code ${code}` });
    await qr.waitFor();
    expect(await qr.locator('path').getAttribute('d')).toMatch(/^M4 4h1v1h-1z/);
    await expectFitsPhone(person);

    const clinician = await openPhonePage(browser());
    await signUpInBrowser(clinician, 'session-clinician');
    await clinician.goto('/clinic');
    await clinician.getByLabel('Join code').fill(joinCode!);
    await clinician.getByRole('button', { name: 'Join' }).click();
    await clinician.getByLabel('The client’s sharing code').fill(code);
    await clinician.getByRole('button', { name: 'Add client' }).click();
    await clinician.getByTestId('caseload-row').getByRole('link', { name: 'Jordan' }).click();

    // A first session: the checks answer as the clinician types.
    await clinician.getByRole('button', { name: 'Record a session' }).click();
    const form = clinician.getByTestId('session-form');
    const complete = form.getByRole('button', { name: 'Complete session' });
    const saveDraft = form.getByRole('button', { name: 'Save as draft' });
    await form.getByText('Enter the blood pressure before dosing to check it.').waitFor();
    // This morning's session, three hours ago on the clinic's clock.
    const threeHoursAgo = await clinician.evaluate(() => {
      const at = new Date(Date.now() - 3 * 3_600_000);
      return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    });
    await form.getByLabel('Start of dosing').fill(threeHoursAgo);
    await enterPressure(form, 'preDose', '150', '85');
    const gate = form.getByTestId('rule-bloodPressure');
    await gate
      .getByText('Before dosing 150/85 mmHg: above 140/90 mmHg.', { exact: false })
      .waitFor();
    await gate.getByText(/^Source: Spravato prescribing information/).waitFor();
    await form.getByText('Answer every yes/no question.').waitFor();
    await screenshot(clinician, 'clinic-session-form', form.getByTestId('rule-bloodPressure'));
    expect(await saveDraft.isDisabled()).toBe(true);
    await answerAllNo(form);
    await form.getByLabel('Lot number', { exact: true }).fill('LOT-4471');
    await form.getByLabel('Minutes monitored (from the first dose to the end)').fill('100');
    await form.getByText('Not yet: The blood pressure at about 40 minutes is recorded.').waitFor();
    await enterPressure(form, 'at40Min', '152', '88');
    await form.getByTestId('rule-at40Min').getByText(/^Done/).waitFor();
    // Esketamine cannot be completed with under 120 minutes monitored; a draft can be saved.
    await form.getByText('Esketamine needs at least 120 minutes of monitoring.').waitFor();
    expect([await saveDraft.isDisabled(), await complete.isDisabled()]).toEqual([false, true]);
    await form.getByLabel('Minutes monitored (from the first dose to the end)').fill('125');
    await form.getByRole('button', { name: 'Add a sedation reading' }).click();
    await form.getByLabel('Minutes after dosing').fill('30');
    await form.getByLabel('MOAA/S score').selectOption('4');
    await form.getByRole('button', { name: 'Add an adverse event' }).click();
    await form.getByLabel('What happened').fill('Fainted briefly');
    await form.getByLabel('Serious adverse event').check();
    await form.getByText('Describe each serious adverse event.').waitFor();
    await form
      .getByTestId('rule-serious')
      .getByText(/Report the serious adverse event/)
      .waitFor();
    expect(await complete.isDisabled()).toBe(true);
    await form.getByLabel('Details of the serious adverse event').fill('Recovered in 2 minutes.');
    await expectFitsPhone(clinician);
    await expectNoSeriousA11yViolations(clinician);
    await complete.click();
    await clinician.getByText('Session saved.').waitFor();
    const rows = clinician.getByTestId('session-row');
    await rows
      .first()
      .getByText(/Completed/)
      .waitFor();
    await rows
      .first()
      .getByText(/^REMS form due \d{4}-\d{2}-\d{2}$/)
      .waitFor();
    // The completed session's dated PDF record downloads from its row.
    const [record] = await Promise.all([
      clinician.waitForEvent('download'),
      rows.first().getByRole('button', { name: 'Download the PDF record' }).click(),
    ]);
    expect(record.suggestedFilename()).toMatch(/^ketalog-session-[0-9a-f]{8}\.pdf$/);
    expect((await readFile(await record.path())).subarray(0, 5).toString()).toBe('%PDF-');

    // The next session is pre-filled and cannot be saved until lot, vitals and yes/no are checked.
    await clinician.getByRole('button', { name: 'Record a session' }).click();
    await expect(form.getByLabel('Lot number', { exact: true }).inputValue()).resolves.toBe(
      'LOT-4471',
    );
    await expect(reading(form, 'preDose').getByLabel('Systolic (mmHg)').inputValue()).resolves.toBe(
      '150',
    );
    await form
      .getByText('Confirm the lot number, vital signs and yes/no answers of this session.')
      .waitFor();
    expect(await saveDraft.isDisabled()).toBe(true);
    const reconfirm = form.getByTestId('reconfirm');
    await reconfirm.getByLabel('I checked the lot number for this session').check();
    await reconfirm.getByLabel('I checked the vital signs for this session').check();
    expect(await saveDraft.isDisabled()).toBe(true);
    await reconfirm.getByLabel('I checked every yes/no answer for this session').check();
    await enterPressure(form, 'at40Min', '', '');
    await saveDraft.click();
    await clinician.getByText('Session saved.').waitFor();
    await expect.poll(() => rows.count()).toBe(2);
    await rows.first().getByText(/Draft/).waitFor();

    // Correcting the draft (PATCH) and completing it.
    await rows.first().getByRole('button', { name: 'Edit' }).click();
    await form.getByText('Not yet: The blood pressure at about 40 minutes is recorded.').waitFor();
    await enterPressure(form, 'at40Min', '148', '86');
    await complete.click();
    await clinician.getByText('Session saved.').waitFor();
    await rows
      .first()
      .getByText(/Completed/)
      .waitFor();

    // The take-home prescription.
    await clinician.getByLabel('Product and route').selectOption('ketamine-troche');
    await clinician.getByLabel('Amount per dose (mg)').fill('100');
    await clinician.getByLabel('Most per week (mg)').fill('300');
    await clinician.getByRole('button', { name: 'Save prescription' }).click();
    await clinician
      .getByTestId('prescriptions')
      .getByText('Ketamine troche or sublingual: 100 mg a dose, at most 300 mg a week')
      .waitFor();
    await expectFitsPhone(clinician);

    // Planning: the next session, with the check of Jordan's shared log against the clinic's
    // preparation rules, and a PHQ-9 every 14 days, due now since none was taken.
    const planning = clinician.getByRole('region', { name: 'Next session and self-checks' });
    const tomorrow = await clinician.evaluate(() => {
      const at = new Date(Date.now() + 24 * 3_600_000);
      return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    });
    await planning.getByLabel('Next session (your local time)').fill(tomorrow);
    await planning.getByRole('button', { name: 'Plan session' }).click();
    await planning.getByText(/^Next session: /).waitFor();
    await planning.getByTestId('preparation-check').waitFor();
    await planning.getByLabel('PHQ-9 every').selectOption('14');
    await planning.getByRole('button', { name: 'Save schedule' }).click();
    await planning.getByText(/^Due now \(since /).waitFor();
    await expectFitsPhone(clinician);

    // The person's own log holds the sessions' doses, entered once each, from the clinic.
    await person.goto('/history');
    await expect
      .poll(() => person.getByTestId('dose-entry').filter({ hasText: 'Riverside Clinic' }).count())
      .toBe(2);
    await person.getByText('56 mg · Esketamine nasal spray (prescribed)').first().waitFor();

    // At desktop size: the clinic's REMS forms and its outcomes, with the CSV download.
    await clinician.setViewportSize({ width: 1280, height: 800 });
    await clinician.goto('/clinic');
    const due = clinician.getByTestId('rems-due').getByRole('link', { name: /^Jordan: session/ });
    await expect.poll(() => due.count()).toBe(2);
    // The clinic's own preparation rules: cannabis dropped, opioids for 48 hours (the person's
    // browser test, on the same clinic, checks alcohol's 24 hours).
    const prep = clinician.locator('details.preparation-rules');
    await prep.getByText('Preparation before a session').click();
    await prep.getByText(/Your clinic uses the default/).waitFor();
    await prep.getByRole('checkbox', { name: 'cannabis', exact: true }).uncheck();
    const opioids = prep
      .getByRole('listitem')
      .filter({ has: clinician.getByRole('checkbox', { name: 'opioids', exact: true }) });
    await opioids.getByLabel('hours before').fill('48');
    await prep.getByRole('button', { name: 'Save preparation rules' }).click();
    await prep.getByText('Preparation rules saved.').waitFor();
    await clinician.reload();
    await prep.getByText('Preparation before a session').click();
    await prep.getByText(/Your clinic’s own rules/).waitFor();
    expect(await prep.getByRole('checkbox', { name: 'cannabis', exact: true }).isChecked()).toBe(
      false,
    );
    expect(await opioids.getByLabel('hours before').inputValue()).toBe('48');
    await clinician.getByRole('link', { name: 'Outcomes across clients' }).click();
    await clinician.getByRole('heading', { name: 'Outcomes' }).waitFor();
    const all = clinician.getByTestId('outcome-group').first();
    await all.getByRole('heading', { name: 'All products' }).waitFor();
    await all.getByText('Courses counted: fewer than 5').waitFor();
    await all.getByText('Median sessions to response: fewer than 5').waitFor();
    await all.getByText(/^Source: NQF 1884/).waitFor();
    await expectNoSeriousA11yViolations(clinician);
    const csvHref = await clinician
      .getByRole('link', { name: 'Download as CSV' })
      .getAttribute('href');
    const csv = await clinician.request.get(csvHref!);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect((await csv.text()).split('\n')[0]).toMatch(
      /^product,measure,courses,counted,met,rate,ci95_low,ci95_high,.*,source$/,
    );
    await clinician.setViewportSize({ width: 360, height: 780 });
    await screenshot(
      clinician,
      'clinic-outcomes',
      clinician.getByRole('heading', { name: 'Outcomes' }),
    );
    // The person stops sharing: the clinic's caseload is as the other clinic tests expect it.
    await person.goto('/sharing');
    const grant = person.getByTestId('grant');
    await grant.getByRole('button', { name: 'Stop sharing' }).click();
    await grant.getByText('Ended').waitFor();
    await closePage(person);
    await closePage(clinician);
  });
});
