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

/** Clicks a download button and answers the saved file's name and bytes. */
async function download(page: Page, button: string | RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Chooses a file in the import picker, as a person would from their device. */
const choose = (page: Page, name: string, text: string) =>
  page.getByLabel('Choose a file to import').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });

describe.skipIf(browserUnavailable)('the Your data page', () => {
  it('exports FHIR and a GP report, and imports the FHIR file into another account once', async () => {
    const first = await openPhonePage(browser());
    await signUpInBrowser(first, 'exporter');
    const logged = await first.request.post('/api/doses', {
      data: { takenAt: new Date(Date.now() - 3_600_000).toISOString(), mg: 45, route: 'oral' },
    });
    expect(logged.status()).toBe(201);
    await first.goto('/data');
    await expectNoSeriousA11yViolations(first);
    const fhir = await download(first, 'Download for a health record system (FHIR)');
    expect(fhir.name).toBe('ketalog-fhir.json');
    const bundle = JSON.parse(fhir.bytes.toString('utf8')) as {
      resourceType: string;
      entry: Array<{ resource: { resourceType: string } }>;
    };
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry.map((entry) => entry.resource.resourceType)).toEqual([
      'Patient',
      'MedicationStatement',
    ]);
    const report = await download(first, /For my GP/);
    expect(report.name).toBe('ketalog-report-gp.pdf');
    expect(report.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await closePage(first);

    const second = await openPhonePage(browser());
    await signUpInBrowser(second, 'importer');
    await second.goto('/data');
    await choose(second, 'ketalog-fhir.json', fhir.bytes.toString('utf8'));
    await second
      .getByRole('status')
      .filter({ hasText: 'Imported: 1 doses, 0 check-ins' })
      .waitFor();
    await choose(second, 'ketalog-fhir.json', fhir.bytes.toString('utf8'));
    await second
      .getByRole('status')
      .filter({
        hasText:
          'Imported: 0 doses, 0 check-ins, 0 self-checks, 0 cravings, 0 plan, 0 prescription note. Already here and skipped: 1.',
      })
      .waitFor();

    const spoiled = fhir.bytes.toString('utf8').replace('"value": 45', '"value": -45');
    await choose(second, 'spoiled.json', spoiled);
    const alert = second.getByRole('alert');
    await alert.filter({ hasText: 'Nothing was imported.' }).waitFor();
    expect(await alert.textContent()).toMatch(
      /Bundle\.entry\[1\] \(MedicationStatement\/[0-9a-f-]+\), dosage\[0\]\.doseAndRate\[0\]\.doseQuantity\.value: mg must be more than 0/,
    );
    await choose(second, 'notes.json', 'just some notes');
    await second.getByRole('alert').filter({ hasText: 'it is not JSON' }).waitFor();

    const doses = await second.request.get('/api/doses');
    expect((await doses.json()).doses).toHaveLength(1);
    await closePage(second);
  });
});
