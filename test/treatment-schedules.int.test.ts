import { describe, expect, it } from 'vitest';
import { clinicWithClinician, share } from './support/clinic.js';
import { signUpPerson, useTestApp } from './support/test-app.js';
import { esketamineSession } from './support/treatment-session.js';

const testApp = useTestApp();

const call = (method: string, url: string, cookie: string, payload?: object) =>
  testApp.app.inject({
    method: method as 'GET',
    url,
    headers: { cookie },
    ...(payload ? { payload } : {}),
  });
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

async function clinicAndClient(scopes: string[], name = 'Preparation Clinic') {
  const clinician = await clinicWithClinician(testApp.app, name);
  const client = await signUpPerson(testApp.app);
  await share(testApp.app, client, clinician, scopes);
  return { clinician, client, base: `/api/clinic/clients/${client.userId}` };
}

describe('preparation rules and the check before a session', () => {
  it('gives the default rules until the clinic sets its own, and refuses a bad rule whole', async () => {
    const clinician = await clinicWithClinician(testApp.app, 'Rules Clinic');
    const stranger = await signUpPerson(testApp.app);
    expect((await call('GET', '/api/clinic/preparation-rules', stranger.cookie)).statusCode).toBe(
      403,
    );
    const initial = (await call('GET', '/api/clinic/preparation-rules', clinician.cookie)).json();
    expect(initial).toMatchObject({ isDefault: true, source: expect.stringMatching(/24 hours/) });
    expect(initial.rules.map((rule: { substanceClass: string }) => rule.substanceClass)).toEqual([
      'alcohol',
      'benzodiazepines',
      'cannabis',
      'opioids',
    ]);
    for (const rules of [
      [{ substanceClass: 'ketamine', hours: 24 }],
      [{ substanceClass: 'made-up', hours: 24 }],
      [{ substanceClass: 'alcohol', hours: 0 }],
      [
        { substanceClass: 'alcohol', hours: 24 },
        { substanceClass: 'alcohol', hours: 12 },
      ],
    ]) {
      const refused = await call('PUT', '/api/clinic/preparation-rules', clinician.cookie, {
        rules,
      });
      expect(refused.statusCode, JSON.stringify(rules)).toBe(400);
    }
    const set = await call('PUT', '/api/clinic/preparation-rules', clinician.cookie, {
      rules: [{ substanceClass: 'alcohol', hours: 48 }],
    });
    expect(set.json()).toMatchObject({
      isDefault: false,
      rules: [{ substanceClass: 'alcohol', hours: 48 }],
    });
  });

  it('checks the person’s log before a planned session, shows it to them, and to the clinic only with the log shared', async () => {
    const { clinician, client, base } = await clinicAndClient(['log']);
    await call('POST', '/api/doses', client.cookie, {
      takenAt: hoursFromNow(-3),
      mg: 20,
      route: 'insufflated',
      coUse: [{ substance: 'beer' }, { substance: 'Xanax' }],
    });
    const planned = await call('PUT', `${base}/next-session`, clinician.cookie, {
      startsAt: hoursFromNow(10),
    });
    expect(planned.statusCode, planned.body).toBe(200);
    expect(planned.json().preparation).toMatchObject({
      status: 'found',
      findings: [
        { substanceClass: 'alcohol', substance: 'beer' },
        { substanceClass: 'benzodiazepines', substance: 'Xanax' },
      ],
    });
    const mine = (await call('GET', '/api/me/treatment-schedule', client.cookie)).json();
    expect(mine.nextSessions).toEqual([
      expect.objectContaining({
        clinic: 'Preparation Clinic',
        preparation: expect.objectContaining({ status: 'found' }),
      }),
    ]);

    // A client who shares no log: the clinic plans the session but sees nothing of the check.
    const narrow = await clinicAndClient(['check-ins'], 'Narrow Clinic');
    await call('POST', '/api/doses', narrow.client.cookie, {
      takenAt: hoursFromNow(-1),
      mg: 20,
      route: 'insufflated',
      coUse: [{ substance: 'alcohol' }],
    });
    const blind = await call('PUT', `${narrow.base}/next-session`, narrow.clinician.cookie, {
      startsAt: hoursFromNow(5),
    });
    expect(blind.json()).toMatchObject({ nextSession: expect.any(Object), preparation: null });
    expect(blind.body).not.toContain('alcohol');
    const theirs = (await call('GET', '/api/me/treatment-schedule', narrow.client.cookie)).json();
    expect(theirs.nextSessions[0].preparation.status).toBe('found');

    const cleared = await call('PUT', `${base}/next-session`, clinician.cookie, { startsAt: null });
    expect(cleared.json()).toEqual({ nextSession: null, preparation: null });
    expect(
      (await call('GET', '/api/me/treatment-schedule', client.cookie)).json().nextSessions,
    ).toEqual([]);
  });
});

describe('scheduled self-checks', () => {
  it('tells the person a PHQ-9 is due, and the caseload when it is overdue, until it is taken', async () => {
    const { clinician, client, base } = await clinicAndClient(['self-checks'], 'Schedule Clinic');
    const scheduled = await call('PUT', `${base}/questionnaire-schedule`, clinician.cookie, {
      questionnaireId: 'phq-9',
      everyDays: 14,
    });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    expect(scheduled.json().schedules).toMatchObject([
      { questionnaireId: 'phq-9', everyDays: 14, status: 'due' },
    ]);
    const mine = (await call('GET', '/api/me/treatment-schedule', client.cookie)).json();
    expect(mine.schedules).toMatchObject([
      { clinic: 'Schedule Clinic', questionnaireId: 'phq-9', status: 'due' },
    ]);

    const caseloadRow = async () =>
      (await call('GET', '/api/clinic/clients', clinician.cookie))
        .json()
        .clients.find((row: { id: string }) => row.id === client.userId);
    expect((await caseloadRow()).overdueSelfChecks).toEqual([]);
    // Ten days later with none taken: overdue on the caseload.
    await testApp.database.db
      .updateTable('questionnaire_schedules')
      .set({ starts_on: new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10) })
      .where('user_id', '=', client.userId)
      .execute();
    expect((await caseloadRow()).overdueSelfChecks).toEqual(['phq-9']);
    await call('POST', '/api/questionnaires/phq-9/responses', client.cookie, {
      answers: [1, 1, 1, 1, 0, 0, 0, 0, 0],
    });
    expect((await caseloadRow()).overdueSelfChecks).toEqual([]);
    const after = (await call('GET', '/api/me/treatment-schedule', client.cookie)).json();
    expect(after.schedules[0]).toMatchObject({ status: 'upcoming' });

    const stopped = await call('PUT', `${base}/questionnaire-schedule`, clinician.cookie, {
      questionnaireId: 'phq-9',
      everyDays: null,
    });
    expect(stopped.json().schedules).toEqual([]);
  });

  it('shows no due state to a clinic the client does not share self-checks with', async () => {
    const { clinician, base, client } = await clinicAndClient(['log'], 'Blind Schedule Clinic');
    const scheduled = await call('PUT', `${base}/questionnaire-schedule`, clinician.cookie, {
      questionnaireId: 'phq-9',
      everyDays: 14,
    });
    expect(scheduled.json().schedules).toMatchObject([{ status: null, dueOn: null }]);
    const row = (await call('GET', '/api/clinic/clients', clinician.cookie))
      .json()
      .clients.find((entry: { id: string }) => entry.id === client.userId);
    expect(row.overdueSelfChecks).toBeNull();
    const refused = await call('PUT', `${base}/questionnaire-schedule`, clinician.cookie, {
      questionnaireId: 'phq-9',
      everyDays: 3,
    });
    expect(refused.statusCode).toBe(400);
  });
});

describe('the prescription warning on the caseload', () => {
  it('marks a client who shares their log and went over the weekly maximum, and nobody else', async () => {
    const { clinician, client } = await clinicAndClient(['log'], 'Troche Clinic');
    const quiet = await signUpPerson(testApp.app);
    await share(testApp.app, quiet, clinician, ['check-ins']);
    for (const person of [client, quiet]) {
      await call('PUT', `/api/clinic/clients/${person.userId}/prescription`, clinician.cookie, {
        product: 'ketamine-troche',
        mgPerDose: 100,
        maxMgPerWeek: 150,
      });
    }
    const rows = async () =>
      new Map(
        (await call('GET', '/api/clinic/clients', clinician.cookie))
          .json()
          .clients.map((row: { id: string; overPrescription: boolean | null }) => [
            row.id,
            row.overPrescription,
          ]),
      );
    expect((await rows()).get(client.userId)).toBe(false);
    expect((await rows()).get(quiet.userId)).toBeNull();
    // A supervised troche at the clinic, above the weekly maximum, is not take-home use.
    const supervised = await call(
      'POST',
      `/api/clinic/clients/${client.userId}/sessions`,
      clinician.cookie,
      { ...esketamineSession(), product: 'ketamine-troche', devices: undefined, doseMg: 300 },
    );
    expect(supervised.statusCode, supervised.body).toBe(201);
    expect((await rows()).get(client.userId)).toBe(false);
    // One dose above the weekly maximum: over this week or last, whatever the day.
    await call('POST', '/api/doses', client.cookie, {
      takenAt: hoursFromNow(-2),
      mg: 160,
      route: 'sublingual',
    });
    expect((await rows()).get(client.userId)).toBe(true);
    expect((await call('GET', '/api/me/prescription', client.cookie)).json().warning).not.toBe(
      null,
    );
  });
});
