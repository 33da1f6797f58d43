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
const daysAgoDate = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('sharing with a clinic', () => {
  it('lets a clinician see exactly what the client shared, in the client’s own shapes, and logs each look', async () => {
    const clinician = await clinicWithClinician(testApp.app);
    const client = await signUpPerson(testApp.app);
    await call('PATCH', '/api/me', client.cookie, {
      displayName: 'Robin',
      timeZone: 'Pacific/Auckland',
      weightKg: 55,
    });
    await call('POST', '/api/doses', client.cookie, {
      takenAt: hoursAgo(1),
      mg: 40,
      route: 'insufflated',
    });
    await share(testApp.app, client, clinician, ['log', 'risk', 'levels']);

    const own = await call('GET', '/api/doses', client.cookie);
    const seen = await call('GET', `/api/clinic/clients/${client.userId}/doses`, clinician.cookie);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toEqual(own.json());

    // Risk and levels are worked out with the client's time zone and weight, not the clinician's.
    const ownRisk = (await call('GET', '/api/risk', client.cookie)).json();
    const risk = await call('GET', `/api/clinic/clients/${client.userId}/risk`, clinician.cookie);
    expect(risk.json().summary.today).toBe(ownRisk.summary.today);
    const levels = await call(
      'GET',
      `/api/clinic/clients/${client.userId}/levels`,
      clinician.cookie,
    );
    expect(levels.json()).toMatchObject({
      weightKg: 55,
      assumedWeight: false,
      timeZone: 'Pacific/Auckland',
    });

    const notShared = await call(
      'GET',
      `/api/clinic/clients/${client.userId}/check-ins`,
      clinician.cookie,
    );
    expect(notShared.statusCode).toBe(403);
    expect(notShared.json().error.code).toBe('scope_not_granted');
    expect(notShared.json().error.message).toMatch(/has not shared their check-ins/);

    const log = (await call('GET', '/api/sharing/access-log', client.cookie)).json();
    expect(log.entries.map((entry: { what: string }) => entry.what)).toEqual([
      'levels',
      'risk',
      'log',
    ]);
    expect(log.entries[0]).toMatchObject({ clinic: 'Riverside Clinic' });
  });

  it('sorts the caseload urgent, warning, disengaged, then the rest, showing only shared fields', async () => {
    const clinician = await clinicWithClinician(testApp.app, 'Caseload Clinic');
    const people = await Promise.all(
      ['Quiet', 'Urgent', 'Fine', 'Private'].map(async (displayName) => {
        const person = await signUpPerson(testApp.app);
        await call('PATCH', '/api/me', person.cookie, { displayName });
        return { ...person, displayName };
      }),
    );
    const [quiet, urgent, fine, privateOne] = people as [
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
    ];
    await call('POST', '/api/check-ins', quiet.cookie, { date: daysAgoDate(12) });
    await call('POST', '/api/check-ins', urgent.cookie, {
      date: daysAgoDate(0),
      bloodInUrine: true,
      selfHarmThoughts: true,
    });
    await call('POST', '/api/check-ins', fine.cookie, { date: daysAgoDate(0), craving: 1 });
    await call('POST', '/api/check-ins', privateOne.cookie, {
      date: daysAgoDate(30),
      selfHarmThoughts: true,
    });
    for (const person of [quiet, urgent, fine]) {
      await share(testApp.app, person, clinician, ['check-ins', 'risk', 'self-checks']);
    }
    await share(testApp.app, privateOne, clinician, ['plan']);

    const caseload = await call('GET', '/api/clinic/clients', clinician.cookie);
    expect(caseload.statusCode).toBe(200);
    const clients = caseload.json().clients as Array<Record<string, unknown>>;
    expect(clients.map((client) => [client.name, client.priority])).toEqual([
      ['Urgent', 'urgent'],
      ['Quiet', 'disengaged'],
      ['Fine', 'other'],
      ['Private', 'other'],
    ]);
    expect(clients[0]!.warningCodes).toEqual(expect.arrayContaining(['self-harm-thoughts']));
    expect(clients[1]).toMatchObject({
      lastCheckInDate: daysAgoDate(12),
      daysSinceLastCheckIn: 12,
    });
    // Only the plan is shared: nothing about check-ins or warnings shows.
    expect(clients[3]).toMatchObject({
      worstSeverity: null,
      warningCodes: null,
      lastCheckInDate: null,
    });
  });

  it('ends access the moment the person revokes, and the person sees it ended', async () => {
    const clinician = await clinicWithClinician(testApp.app, 'Revoke Clinic');
    const client = await signUpPerson(testApp.app);
    const grantId = await share(testApp.app, client, clinician, ['log']);
    expect(
      (await call('GET', `/api/clinic/clients/${client.userId}/doses`, clinician.cookie))
        .statusCode,
    ).toBe(200);

    expect(
      (await call('DELETE', `/api/sharing/grants/${grantId}`, clinician.cookie)).statusCode,
    ).toBe(404);
    expect((await call('DELETE', `/api/sharing/grants/${grantId}`, client.cookie)).statusCode).toBe(
      204,
    );
    const after = await call('GET', `/api/clinic/clients/${client.userId}/doses`, clinician.cookie);
    expect(after.statusCode).toBe(404);
    expect((await call('GET', '/api/clinic/clients', clinician.cookie)).json().clients).toEqual([]);
    const grants = (await call('GET', '/api/sharing/grants', client.cookie)).json().grants;
    expect(grants[0]).toMatchObject({
      id: grantId,
      active: false,
      recipient: { kind: 'clinic', name: 'Revoke Clinic' },
    });
  });

  it('uses a share code once, refuses it after 7 unused days, and refuses one’s own code', async () => {
    const clinician = await clinicWithClinician(testApp.app, 'Codes Clinic');
    const other = await clinicWithClinician(testApp.app, 'Other Clinic');
    const client = await signUpPerson(testApp.app);
    const { code, expiresAt } = (
      await call('POST', '/api/sharing/codes', client.cookie, { scopes: ['log'], days: 180 })
    ).json();
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect((await call('POST', '/api/clinic/clients', client.cookie, { code })).statusCode).toBe(
      403,
    );
    const first = await call('POST', '/api/clinic/clients', clinician.cookie, {
      code: code.toLowerCase(),
    });
    expect(first.statusCode).toBe(201);
    expect(Date.parse(first.json().client.grantEndsAt) - Date.now()).toBeGreaterThan(
      179 * 86_400_000,
    );
    const again = await call('POST', '/api/clinic/clients', other.cookie, { code });
    expect(again.statusCode).toBe(404);

    const old = (
      await call('POST', '/api/sharing/codes', client.cookie, { scopes: ['log'], days: 90 })
    ).json();
    await testApp.database.db
      .updateTable('share_codes')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    expect(
      (await call('POST', '/api/clinic/clients', other.cookie, { code: old.code })).statusCode,
    ).toBe(404);

    for (const bad of [
      { scopes: [], days: 90 },
      { scopes: ['log'], days: 30 },
      { scopes: ['account'], days: 90 },
      { scopes: ['log', 'log'], days: 90 },
    ]) {
      const refused = await call('POST', '/api/sharing/codes', client.cookie, bad);
      expect(refused.statusCode, JSON.stringify(bad)).toBe(400);
    }
  });

  it('lets a supporter see only the summary, and only from a summary-only code', async () => {
    const person = await signUpPerson(testApp.app);
    await call('PATCH', '/api/me', person.cookie, { displayName: 'Alex' });
    await call('POST', '/api/check-ins', person.cookie, {
      date: new Date().toISOString().slice(0, 10),
    });
    const friend = await signUpPerson(testApp.app);
    const tooMuch = (
      await call('POST', '/api/sharing/codes', person.cookie, {
        scopes: ['summary', 'log'],
        days: 90,
      })
    ).json();
    const refused = await call('POST', '/api/supporting', friend.cookie, { code: tooMuch.code });
    expect(refused.statusCode).toBe(403);
    await share(testApp.app, person, friend, ['summary'], 'supporter');
    const view = (await call('GET', '/api/supporting', friend.cookie)).json();
    expect(view.people).toEqual([
      expect.objectContaining({ name: 'Alex', worstSeverity: null, streakDays: null }),
    ]);
    expect(Object.keys(view.people[0]).sort()).toEqual([
      'checkedInToday',
      'grantEndsAt',
      'id',
      'name',
      'streakDays',
      'worstSeverity',
    ]);
    expect(
      (await call('GET', `/api/clinic/clients/${person.userId}/check-ins`, friend.cookie))
        .statusCode,
    ).toBe(403);
    expect((await call('GET', '/api/clinic', friend.cookie)).json().error.code).toBe(
      'not_clinic_member',
    );
  });

  it('keeps open notes: the clinician writes, the client reads them', async () => {
    const clinician = await clinicWithClinician(testApp.app, 'Notes Clinic');
    const client = await signUpPerson(testApp.app);
    await share(testApp.app, client, clinician, ['summary']);
    const written = await call(
      'POST',
      `/api/clinic/clients/${client.userId}/notes`,
      clinician.cookie,
      { body: 'Talked about sleep.' },
    );
    expect(written.statusCode).toBe(201);
    expect(written.json().note).toMatchObject({ visibleToClient: true, clinic: 'Notes Clinic' });
    const own = (await call('GET', '/api/sharing/notes', client.cookie)).json();
    expect(own.notes.map((note: { body: string }) => note.body)).toEqual(['Talked about sleep.']);
    const members = (await call('GET', '/api/clinic', clinician.cookie)).json();
    expect(members.clinic.name).toBe('Notes Clinic');
  });
});
