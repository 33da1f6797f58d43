import { describe, expect, it } from 'vitest';
import { clinicWithClinician, share } from './support/clinic.js';
import { signUpPerson, useTestApp } from './support/test-app.js';

const testApp = useTestApp();

const call = (method: string, url: string, cookie: string, payload?: object) =>
  testApp.app.inject({
    method: method as 'GET',
    url,
    headers: { cookie },
    ...(payload ? { payload } : {}),
  });

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
/** UTC dates: the clients below live in UTC, so these are their own days too. */
const daysAgoDate = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

type Entry = {
  name: string;
  priority: string;
  withdrawalFollowUp: { startDate: string; alerts: { code: string }[] } | null;
};
async function caseload(cookie: string): Promise<Entry[]> {
  const response = await call('GET', '/api/clinic/clients', cookie);
  expect(response.statusCode).toBe(200);
  return response.json<{ clients: Entry[] }>().clients;
}
const alertsOf = (entries: Entry[], name: string) =>
  entries.find((entry) => entry.name === name)?.withdrawalFollowUp?.alerts.map((a) => a.code);

async function client(name: string) {
  const person = await signUpPerson(testApp.app);
  await call('PATCH', '/api/me', person.cookie, { displayName: name, timeZone: 'UTC' });
  return person;
}

describe('supervised withdrawal follow-up', () => {
  it('raises a followed client for use, a missed check-in and severe symptoms, only from what they share', async () => {
    const clinician = await clinicWithClinician(testApp.app);
    const full = await client('Full');
    const checkInsOnly = await client('Diary only');
    const quiet = await client('Quiet');
    await share(testApp.app, full, clinician, ['log', 'check-ins']);
    await share(testApp.app, checkInsOnly, clinician, ['check-ins']);
    await share(testApp.app, quiet, clinician, ['log', 'check-ins']);
    for (const person of [full, checkInsOnly]) {
      await call('POST', '/api/doses', person.cookie, {
        takenAt: hoursAgo(2),
        mg: 40,
        route: 'insufflated',
      });
      await call('POST', '/api/check-ins', person.cookie, {
        date: daysAgoDate(0),
        symptoms: { anxiety: 3, insomnia: 1 },
      });
    }
    await call('POST', '/api/check-ins', quiet.cookie, { date: daysAgoDate(0) });

    // Not followed: nothing raised, no follow-up shown.
    expect(alertsOf(await caseload(clinician.cookie), 'Full')).toBeUndefined();

    for (const person of [full, checkInsOnly, quiet]) {
      const started = await call(
        'POST',
        `/api/clinic/clients/${person.userId}/withdrawal-follow-up`,
        clinician.cookie,
        { startDate: daysAgoDate(3) },
      );
      expect(started.statusCode, started.body).toBe(201);
      expect(started.json().followUp).toMatchObject({
        startDate: daysAgoDate(3),
        dailyCheckIns: true,
        endedAt: null,
      });
    }
    const entries = await caseload(clinician.cookie);
    // Both checked in today, so none is missed. Use needs `log`, which the diary-only client keeps back.
    expect(alertsOf(entries, 'Full')).toEqual(['withdrawal-severe', 'use-logged']);
    expect(alertsOf(entries, 'Diary only')).toEqual(['withdrawal-severe']);
    expect(alertsOf(entries, 'Quiet')).toEqual([]);
    expect(
      entries
        .map((entry) => entry.name)
        .slice(0, 2)
        .sort(),
    ).toEqual(['Diary only', 'Full']);
    expect(entries.find((entry) => entry.name === 'Full')?.priority).toBe('withdrawal-follow-up');
    expect(entries.find((entry) => entry.name === 'Quiet')?.priority).toBe('other');

    // The person sees who follows them.
    const mine = await call('GET', '/api/me/follow-ups', full.cookie);
    expect(mine.json().followUps).toMatchObject([
      { clinic: 'Riverside Clinic', startDate: daysAgoDate(3) },
    ]);

    // One at a time; ending it stops raising the client.
    const again = await call(
      'POST',
      `/api/clinic/clients/${full.userId}/withdrawal-follow-up`,
      clinician.cookie,
      { startDate: daysAgoDate(0) },
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error.reason).toBe('follow-up-running');
    const ended = await call(
      'POST',
      `/api/clinic/clients/${full.userId}/withdrawal-follow-up/end`,
      clinician.cookie,
    );
    expect(ended.statusCode).toBe(200);
    expect(ended.json().followUp.endedAt).not.toBeNull();
    expect(alertsOf(await caseload(clinician.cookie), 'Full')).toBeUndefined();
    expect((await call('GET', '/api/me/follow-ups', full.cookie)).json().followUps).toEqual([]);
    const endedTwice = await call(
      'POST',
      `/api/clinic/clients/${full.userId}/withdrawal-follow-up/end`,
      clinician.cookie,
    );
    expect(endedTwice.statusCode).toBe(404);
    expect(endedTwice.json().error.reason).toBe('no-follow-up');
  });

  it('raises a missed daily check-in, and the person stops seeing a clinic they stopped sharing with', async () => {
    const clinician = await clinicWithClinician(testApp.app, 'Harbour Clinic');
    const person = await client('Silent');
    const grantId = await share(testApp.app, person, clinician, ['check-ins']);
    await call('POST', '/api/check-ins', person.cookie, { date: daysAgoDate(4) });
    const started = await call(
      'POST',
      `/api/clinic/clients/${person.userId}/withdrawal-follow-up`,
      clinician.cookie,
      { startDate: daysAgoDate(2) },
    );
    expect(started.statusCode).toBe(201);
    const [entry] = await caseload(clinician.cookie);
    expect(entry?.withdrawalFollowUp?.alerts).toEqual([{ code: 'check-in-missed', days: 2 }]);
    const view = await call(
      'GET',
      `/api/clinic/clients/${person.userId}/withdrawal-follow-up`,
      clinician.cookie,
    );
    expect(view.json().followUp).toMatchObject({ clinic: 'Harbour Clinic', dailyCheckIns: true });

    expect((await call('GET', '/api/me/follow-ups', person.cookie)).json().followUps).toHaveLength(
      1,
    );
    await call('DELETE', `/api/sharing/grants/${grantId}`, person.cookie);
    expect((await call('GET', '/api/me/follow-ups', person.cookie)).json().followUps).toEqual([]);
  });

  it('refuses a start date far from today and writes nothing', async () => {
    const clinician = await clinicWithClinician(testApp.app, 'Bay Clinic');
    const person = await client('Early');
    await share(testApp.app, person, clinician, ['check-ins']);
    const url = `/api/clinic/clients/${person.userId}/withdrawal-follow-up`;
    const tooEarly = await call('POST', url, clinician.cookie, { startDate: daysAgoDate(40) });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().error.details).toMatchObject([{ path: 'startDate' }]);
    expect((await call('GET', url, clinician.cookie)).json().followUp).toBeNull();
  });
});
