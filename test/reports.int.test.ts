import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/domain/risk/local-date.js';
import { createDemoAccount } from '../src/server/services/demo.js';
import { clinicWithClinician, share } from './support/clinic.js';
import { esketamineSession } from './support/treatment-session.js';
import { signUpPerson, useTestApp } from './support/test-app.js';

const testApp = useTestApp();
const folder = mkdtempSync(path.join(tmpdir(), 'ketalog-reports-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The text of a PDF as Debian's pdftotext (poppler-utils) reads it, whitespace collapsed. */
function pdfText(pdf: Buffer, name: string): string {
  const file = path.join(folder, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();
}

type Export = {
  doses: Array<{ takenAt: string }>;
  checkIns: Array<{ date: string; systolicMmHg: number | null; diastolicMmHg: number | null }>;
  questionnaireResponses: Array<{ questionnaireId: string; result: { score: number } }>;
};

let cookie = '';
let exported: Export;
const timeZone = 'Europe/London';
const today = () => localDate(new Date(), timeZone);

beforeAll(async () => {
  const demo = await createDemoAccount(testApp.app.ctx);
  const signIn = await testApp.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: demo.email, password: demo.password },
  });
  cookie = `ketalog_session=${signIn.cookies.find((c) => c.name === 'ketalog_session')!.value}`;
  const post = (url: string, payload: object) =>
    testApp.app.inject({ method: 'POST', url, headers: { cookie }, payload });
  await post('/api/questionnaires/gad-7/responses', { answers: [2, 1, 2, 1, 1, 0, 1] });
  await post('/api/check-ins', { date: today(), bloodInUrine: true, urinaryUrgency: 2 });
  exported = (await testApp.app.inject({ url: '/api/me/export', headers: { cookie } })).json();
});

const report = async (kind: string) => {
  const response = await testApp.app.inject({
    url: `/api/me/reports/${kind}`,
    headers: { cookie },
  });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  return pdfText(response.rawPayload, kind);
};

/** Days with use in the last 91 local days, counted straight from the export. */
function useDaysInPeriod() {
  const from = localDate(new Date(Date.now() - 90 * 86_400_000), timeZone);
  const days = new Set(exported.doses.map((dose) => localDate(new Date(dose.takenAt), timeZone)));
  return [...days].filter((day) => day >= from && day <= today()).length;
}

describe('PDF reports', () => {
  it('gives a GP the dated three months: use, warnings, PHQ-9 and GAD-7, blood pressure, bladder and goal', async () => {
    const text = await report('gp');
    expect(text).toContain('Ketalog summary for a GP');
    expect(text).toContain(`For: Sam (demo). Made on ${today()}`);
    expect(text).toContain(`${useDaysInPeriod()} days with use recorded in 14 weeks`);
    for (const heading of [
      'Use per week',
      'Warnings Ketalog shows now',
      'PHQ-9 scores',
      'GAD-7 scores',
      'Blood pressure and pulse',
      'Bladder',
      'Current goal',
    ]) {
      expect(text).toContain(heading);
    }
    const phq9 = exported.questionnaireResponses.filter(
      (response) => response.questionnaireId === 'phq-9',
    );
    expect(phq9.length).toBeGreaterThan(4);
    for (const response of phq9) expect(text).toContain(`${response.result.score} of 27`);
    expect(text).toContain('8 of 21');
    for (const checkIn of exported.checkIns.filter((entry) => entry.systolicMmHg !== null)) {
      expect(text).toContain(`${checkIn.date} ${checkIn.systolicMmHg}/${checkIn.diastolicMmHg}`);
    }
    expect(text).toContain(`Recorded on 1 day: ${today()}`);
    expect(text).toContain('Goal to cut down');
    expect(text).toContain('What these figures cannot show');
    expect(text).toMatch(/\[1\] .*Kroenke K, Spitzer RL, Williams JBW/);
    expect(text).toMatch(/Blood in the urine should always be checked by a doctor\. \[\d+\]/);
  });

  it('gives a urologist the weekly bladder items, blood-in-urine events and use per week', async () => {
    const text = await report('urologist');
    expect(text).toContain('Ketalog bladder summary for a urologist');
    expect(text).toContain('Bladder symptoms by week');
    expect(text).toContain('Passing urine often');
    expect(text).toContain(`Recorded on 1 day: ${today()}`);
    expect(text).toContain(`${useDaysInPeriod()} days with use recorded`);
    expect(text).not.toContain('PHQ-9');
    expect(text).toContain('not a validated bladder questionnaire');
  });

  it('works for someone with nothing recorded, and refuses an unknown report', async () => {
    const person = await signUpPerson(testApp.app);
    const empty = await testApp.app.inject({
      url: '/api/me/reports/gp',
      headers: { cookie: person.cookie },
    });
    const text = pdfText(empty.rawPayload, 'empty');
    expect(text).toContain('0 days with use recorded');
    expect(text).toContain('No PHQ-9 was filled in during this period.');
    expect(text).toContain('No goal has been set in Ketalog.');
    const unknown = await testApp.app.inject({
      url: '/api/me/reports/dentist',
      headers: { cookie: person.cookie },
    });
    expect(unknown.statusCode).toBe(400);
  });
});

describe('a clinic’s session record', () => {
  it('gives the clinic and the person the same dated record, with every figure and its sources', async () => {
    const clinician = await clinicWithClinician(testApp.app, 'Harbour Clinic');
    const client = await signUpPerson(testApp.app);
    await testApp.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: client.cookie },
      payload: { displayName: 'Robin', timeZone: 'UTC' },
    });
    await share(testApp.app, client, clinician, ['log']);
    const startedAt = '2026-03-02T09:15:00.000Z';
    const record = {
      ...esketamineSession(startedAt),
      adverseEvents: [
        { description: 'Nausea', serious: false },
        { description: 'Fainted', serious: true, details: 'Brief, recovered lying down' },
      ],
    };
    const created = await testApp.app.inject({
      method: 'POST',
      url: `/api/clinic/clients/${client.userId}/sessions`,
      headers: { cookie: clinician.cookie },
      payload: record,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ session: { id: string } }>().session.id;

    const asClinic = await testApp.app.inject({
      url: `/api/clinic/sessions/${id}/report`,
      headers: { cookie: clinician.cookie },
    });
    expect(asClinic.statusCode).toBe(200);
    expect(asClinic.headers['content-type']).toBe('application/pdf');
    expect(asClinic.headers['content-disposition']).toContain('ketalog-session-2026-03-02.pdf');
    const text = pdfText(asClinic.rawPayload, 'session-clinic');
    expect(text).toContain('Treatment session record');
    expect(text).toContain(
      `For: Robin. Made on ${localDate(new Date(), 'UTC')}, covering 2026-03-02.`,
    );
    expect(text).toContain('Clinic Harbour Clinic');
    expect(text).toContain('Started 2026-03-02 09:15 (UTC)');
    expect(text).toContain('Product Esketamine nasal spray');
    expect(text).toContain('Route esketamine-nasal');
    expect(text).toContain('Dose 56 mg (2 devices)');
    expect(text).toContain('Lot number LOT-4471');
    // The vitals table: pre-dose, 40 minutes and before leaving, with pulse and SpO2.
    expect(text).toContain('Before the dose 146/84 72 –');
    expect(text).toContain('About 40 minutes after 152/88 76 97%');
    expect(text).toContain('Before leaving 132/80 – 98%');
    expect(text).toMatch(
      /146\/84 mmHg before dosing is above 140\/90: consider deferring the session\. \[\d+\]/,
    );
    expect(text).toContain('30 4');
    expect(text).toContain('Dissociation yes (CADSS total 12)');
    expect(text).toContain('Fainted yes Brief, recovered lying down');
    expect(text).toMatch(/Report the serious adverse event .* \[\d+\]/);
    expect(text).toContain(
      'Monitored for 125 minutes. Ready to leave after 90 minutes. Discharge criteria met: yes.',
    );
    expect(text).toMatch(
      /Due by 2026-03-09 \(7 days after the session\): not sent yet, overdue\. \[\d+\]/,
    );
    expect(text).toContain('What this record cannot show');
    expect(text).toMatch(
      /\[\d+\] Spravato REMS: the monitoring form is submitted for every session within 7 days/,
    );

    // The person gets the same record from their passport, to take elsewhere.
    const asPerson = await testApp.app.inject({
      url: `/api/me/treatment-sessions/${id}/report`,
      headers: { cookie: client.cookie },
    });
    expect(asPerson.statusCode).toBe(200);
    expect(pdfText(asPerson.rawPayload, 'session-person')).toBe(text);
    // Nobody else's session is theirs to download.
    const other = await testApp.app.inject({
      url: `/api/me/treatment-sessions/${id}/report`,
      headers: { cookie: cookie },
    });
    expect(other.statusCode).toBe(404);
  });

  it('says what a draft still lacks, and that no REMS form is due yet', async () => {
    const clinician = await clinicWithClinician(testApp.app, 'Draft Clinic');
    const client = await signUpPerson(testApp.app);
    await share(testApp.app, client, clinician, ['log']);
    const { preDose, beforeDischarge } = esketamineSession().vitals;
    const created = await testApp.app.inject({
      method: 'POST',
      url: `/api/clinic/clients/${client.userId}/sessions`,
      headers: { cookie: clinician.cookie },
      payload: {
        ...esketamineSession(),
        vitals: { preDose, beforeDischarge },
        moaas: [],
        adverseEvents: [],
        status: 'draft',
      },
    });
    expect(created.statusCode).toBe(201);
    const response = await testApp.app.inject({
      url: `/api/clinic/sessions/${created.json().session.id}/report`,
      headers: { cookie: clinician.cookie },
    });
    const text = pdfText(response.rawPayload, 'session-draft');
    expect(text).toContain('Status draft (not finished)');
    expect(text).toContain('About 40 minutes after not recorded');
    expect(text).toContain('No MOAA/S reading was recorded.');
    expect(text).toContain('Adverse events None recorded.');
    expect(text).toContain(
      'Still missing before the record is complete: the 40-minute blood pressure is required.',
    );
    expect(text).toContain('No form is due until the session is completed.');
  });
});
