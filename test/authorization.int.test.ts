import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessScope } from '../src/server/access/gate.js';
import { clinicWithClinician, share } from './support/clinic.js';
import { esketamineSession } from './support/treatment-session.js';
import { createTestApp, signUpPerson, strongPassword, type TestApp } from './support/test-app.js';

/**
 * Generated from the app's own route table: every route is called as nobody, as the person
 * whose data it is, and as another person. A route missing from the table below fails the
 * first test, so a new route cannot ship unchecked.
 */

type Person = Awaited<ReturnType<typeof signUpPerson>>;
type Seeded = Person & { doseId: string; date: string; sessionId: string; grantId: string };
type Call = { url: string; payload?: object };
type Access =
  /** Anyone may call it; the answer holds nobody's personal data. */
  | { kind: 'public' }
  /**
   * The clinic area: only its clinicians. With `scope`, it reads the client named in the path
   * and needs a grant in force that includes the scope (`notes` comes with any clinic grant).
   */
  | {
      kind: 'clinic';
      call: (client: Seeded) => Call | Promise<Call>;
      scope?: AccessScope;
      /** The answer for the client's clinic shows the client's marked data. */
      clinicSeesMarker?: boolean;
    }
  /** Only a signed-in person, about their own data; `owned` builds the call for a person. */
  | {
      kind: 'personal';
      call: (person: Seeded) => Call;
      /** The owner's answer shows their marked data (so its absence for others means something). */
      ownerSeesMarker?: boolean;
      /** It ends the session or removes data: owner and other are fresh people each time. */
      destructive?: boolean;
      /** The path names one entry of the owner's (an id): anyone else gets 404. */
      namesOwnersEntry?: boolean;
    };

const marker = `private-marker-${Date.now()}`;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const today = () => new Date().toISOString().slice(0, 10);
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const doseBody = { takenAt: hoursAgo(2), mg: 30, route: 'oral' };

const personal = (
  call: (person: Seeded) => Call,
  options: { ownerSeesMarker?: boolean; destructive?: boolean; namesOwnersEntry?: boolean } = {},
): Access => ({ kind: 'personal', call, ...options });
const at = (url: string, payload?: object) => () => (payload ? { url, payload } : { url });
const clinicArea = (call: (client: Seeded) => Call | Promise<Call>): Access => ({
  kind: 'clinic',
  call,
});
const clientView = (
  scope: AccessScope,
  path: string,
  clinicSeesMarker = false,
  payload?: object,
): Access => ({
  kind: 'clinic',
  scope,
  clinicSeesMarker,
  call: (client) => ({
    url: `/api/clinic/clients/${client.userId}${path}`,
    ...(payload ? { payload } : {}),
  }),
});

const routeAccess: Record<string, Access> = {
  'GET /api/health': { kind: 'public' },
  'GET /api/openapi.json': { kind: 'public' },
  'GET /api/docs': { kind: 'public' },
  'GET /api/docs.css': { kind: 'public' },
  'POST /api/auth/sign-up': { kind: 'public' },
  'POST /api/auth/sign-in': { kind: 'public' },
  /** Recovery answers the same whoever asks, and never says whether an email has an account. */
  'GET /api/auth/recovery-options': { kind: 'public' },
  'POST /api/auth/forgot-password': { kind: 'public' },
  'POST /api/auth/reset-password': { kind: 'public' },
  'GET /api/help': { kind: 'public' },
  'GET /api/kb/articles': { kind: 'public' },
  'GET /api/kb/articles/:slug': { kind: 'public' },
  'GET /api/kb/search': { kind: 'public' },
  'GET /api/family/guide': { kind: 'public' },
  'POST /api/family/checklist': { kind: 'public' },
  'GET /api/pathway': { kind: 'public' },
  'POST /api/interactions/check': { kind: 'public' },
  'GET /api/questionnaires': { kind: 'public' },
  'GET /api/questionnaires/:id': { kind: 'public' },
  'POST /api/questionnaires/:id/score': { kind: 'public' },
  'POST /api/simulate': { kind: 'public' },

  /** Signing out without a session is a harmless no-op (204). */
  'POST /api/auth/sign-out': { kind: 'public' },
  'GET /api/me': personal(at('/api/me')),
  'PATCH /api/me': personal(at('/api/me', { displayName: 'Renamed' })),
  'POST /api/me/password': personal(
    at('/api/me/password', {
      currentPassword: strongPassword,
      newPassword: `${strongPassword} new`,
    }),
    { destructive: true },
  ),
  'POST /api/me/recovery-codes': personal(
    at('/api/me/recovery-codes', { password: strongPassword }),
  ),
  'GET /api/me/sessions': personal(at('/api/me/sessions')),
  'DELETE /api/me/sessions/:id': personal(
    (owner) => ({ url: `/api/me/sessions/${owner.sessionId}` }),
    { destructive: true, namesOwnersEntry: true },
  ),
  'DELETE /api/me/sessions': personal(at('/api/me/sessions'), { destructive: true }),
  'DELETE /api/me': personal(at('/api/me', { password: strongPassword }), { destructive: true }),
  'GET /api/me/export': personal(at('/api/me/export'), { ownerSeesMarker: true }),
  'GET /api/me/reports/:kind': personal(at('/api/me/reports/urologist')),
  'POST /api/me/import': personal(
    at('/api/me/import', { format: 'ketalog-export', schemaVersion: 1, doses: [doseBody] }),
  ),
  'POST /api/doses': personal(at('/api/doses', doseBody)),
  'GET /api/doses': personal(at('/api/doses'), { ownerSeesMarker: true }),
  'GET /api/doses/:id': personal((owner) => ({ url: `/api/doses/${owner.doseId}` }), {
    ownerSeesMarker: true,
    namesOwnersEntry: true,
  }),
  'PATCH /api/doses/:id': personal(
    (owner) => ({ url: `/api/doses/${owner.doseId}`, payload: { mg: 31 } }),
    { namesOwnersEntry: true },
  ),
  'DELETE /api/doses/:id': personal((owner) => ({ url: `/api/doses/${owner.doseId}` }), {
    destructive: true,
    namesOwnersEntry: true,
  }),
  'POST /api/check-ins': personal(at('/api/check-ins', { date: yesterday(), craving: 2 })),
  'GET /api/check-ins': personal(at('/api/check-ins'), { ownerSeesMarker: true }),
  'GET /api/check-ins/:date': personal((owner) => ({ url: `/api/check-ins/${owner.date}` }), {
    ownerSeesMarker: true,
  }),
  'DELETE /api/check-ins/:date': personal((owner) => ({ url: `/api/check-ins/${owner.date}` }), {
    destructive: true,
  }),
  'GET /api/questionnaires/:id/responses': personal(at('/api/questionnaires/phq-9/responses')),
  'POST /api/questionnaires/:id/responses': personal(
    at('/api/questionnaires/phq-9/responses', { answers: [0, 0, 0, 0, 0, 0, 0, 0, 0] }),
  ),
  'GET /api/risk': personal(at('/api/risk')),
  'GET /api/plan': personal(at('/api/plan'), { ownerSeesMarker: true }),
  'PUT /api/plan': personal(at('/api/plan', { goal: 'stop', startDate: today() })),
  'GET /api/cravings': personal(at('/api/cravings'), { ownerSeesMarker: true }),
  'POST /api/cravings': personal(at('/api/cravings', { intensity: 5 })),
  'GET /api/levels': personal(at('/api/levels')),

  'POST /api/sharing/codes': personal(at('/api/sharing/codes', { scopes: ['log'], days: 90 })),
  'GET /api/sharing/grants': personal(at('/api/sharing/grants')),
  'DELETE /api/sharing/grants/:id': personal(
    (owner) => ({ url: `/api/sharing/grants/${owner.grantId}` }),
    {
      destructive: true,
      namesOwnersEntry: true,
    },
  ),
  'GET /api/sharing/access-log': personal(at('/api/sharing/access-log')),
  'GET /api/sharing/notes': personal(at('/api/sharing/notes')),
  /**
   * Ciphertext from private mode: anyone may leave it, and withdraw it or ask which clinic
   * opened it with its token (test/sealed-shares.int.test.ts refuses every other token).
   */
  'POST /api/sharing/sealed': { kind: 'public' },
  'DELETE /api/sharing/sealed/:id': { kind: 'public' },
  'POST /api/sharing/sealed/:id/status': { kind: 'public' },
  /** Only a clinician, and once a clinic opened it, only that clinic's clinicians. */
  'GET /api/clinic/snapshots/:id': clinicArea(async () => ({
    url: `/api/clinic/snapshots/${await freshSealedShare()}`,
  })),
  /** Anyone signed in may try a supporter code; a made-up one is refused as not found. */
  'POST /api/supporting': { kind: 'public' },
  'GET /api/supporting': personal(at('/api/supporting')),
  /** Any signed-in account may enter a join code; a made-up one is refused as not found. */
  'POST /api/clinic/join': { kind: 'public' },
  'GET /api/clinic': clinicArea(at('/api/clinic')),
  'GET /api/clinic/clients': {
    kind: 'clinic',
    call: at('/api/clinic/clients'),
    clinicSeesMarker: true,
  },
  'POST /api/clinic/clients': clinicArea(async () => ({
    url: '/api/clinic/clients',
    payload: { code: await freshShareCode() },
  })),
  'GET /api/clinic/clients/:clientId/doses': clientView('log', '/doses', true),
  'GET /api/clinic/clients/:clientId/export': clientView('log', '/export', true),
  'GET /api/clinic/clients/:clientId/check-ins': clientView('check-ins', '/check-ins', true),
  'GET /api/clinic/clients/:clientId/questionnaire-responses/:id': clientView(
    'self-checks',
    '/questionnaire-responses/phq-9',
  ),
  'GET /api/clinic/clients/:clientId/risk': clientView('risk', '/risk'),
  'GET /api/clinic/clients/:clientId/levels': clientView('levels', '/levels'),
  'GET /api/clinic/clients/:clientId/plan': clientView('plan', '/plan', true),
  'GET /api/clinic/clients/:clientId/notes': clientView('notes', '/notes'),
  'POST /api/clinic/clients/:clientId/notes': clientView('notes', '/notes', false, {
    body: 'Seen.',
  }),
  'POST /api/clinic/clients/:clientId/sessions': clientView(
    'treatment',
    '/sessions',
    false,
    esketamineSession(),
  ),
  'GET /api/clinic/clients/:clientId/sessions': clientView('treatment', '/sessions'),
  'PATCH /api/clinic/sessions/:id': {
    kind: 'clinic',
    scope: 'treatment',
    call: (client) => ({
      url: `/api/clinic/sessions/${sessionOf.get(client.userId) ?? '00000000-0000-4000-8000-000000000000'}`,
      payload: { remsSubmittedAt: new Date().toISOString() },
    }),
  },
  'GET /api/clinic/sessions/:id/report': {
    kind: 'clinic',
    scope: 'treatment',
    call: (client) => ({
      url: `/api/clinic/sessions/${sessionOf.get(client.userId) ?? '00000000-0000-4000-8000-000000000000'}/report`,
    }),
  },
  'GET /api/clinic/rems-due': {
    kind: 'clinic',
    call: at('/api/clinic/rems-due'),
    clinicSeesMarker: true,
  },
  'GET /api/me/treatment-sessions': personal(at('/api/me/treatment-sessions')),
  'GET /api/me/treatment-sessions/:id/report': personal(
    (owner) => ({
      url: `/api/me/treatment-sessions/${sessionOf.get(owner.userId) ?? '00000000-0000-4000-8000-000000000000'}/report`,
    }),
    { namesOwnersEntry: true },
  ),
  'PUT /api/clinic/clients/:clientId/prescription': clientView(
    'treatment',
    '/prescription',
    false,
    {
      product: 'ketamine-troche',
      mgPerDose: 100,
      maxMgPerWeek: 300,
    },
  ),
  'GET /api/clinic/clients/:clientId/prescription': clientView('treatment', '/prescription'),
  'PUT /api/me/prescription': personal(
    at('/api/me/prescription', { product: 'ketamine-oral', mgPerDose: 50, maxMgPerWeek: 150 }),
  ),
  'GET /api/me/prescription': personal(at('/api/me/prescription')),
  /** Started, read, then ended, in the order the routes are registered. */
  'POST /api/clinic/clients/:clientId/withdrawal-follow-up': clientView(
    'withdrawal',
    '/withdrawal-follow-up',
    false,
    { startDate: today() },
  ),
  'GET /api/clinic/clients/:clientId/withdrawal-follow-up': clientView(
    'withdrawal',
    '/withdrawal-follow-up',
  ),
  'POST /api/clinic/clients/:clientId/withdrawal-follow-up/end': clientView(
    'withdrawal',
    '/withdrawal-follow-up/end',
  ),
  'GET /api/me/follow-ups': personal(at('/api/me/follow-ups')),
  /** Aggregates only: the clinic sees no client in them. */
  'GET /api/clinic/outcomes': clinicArea(at('/api/clinic/outcomes')),
  'GET /api/clinic/outcomes.csv': clinicArea(at('/api/clinic/outcomes.csv')),
  /** The clinic's own rules: nobody's personal data. */
  'GET /api/clinic/preparation-rules': clinicArea(at('/api/clinic/preparation-rules')),
  'PUT /api/clinic/preparation-rules': clinicArea(
    at('/api/clinic/preparation-rules', { rules: [{ substanceClass: 'alcohol', hours: 24 }] }),
  ),
  'GET /api/clinic/clients/:clientId/next-session': clientView('treatment', '/next-session'),
  'PUT /api/clinic/clients/:clientId/next-session': clientView(
    'treatment',
    '/next-session',
    false,
    { startsAt: hoursAgo(-20) },
  ),
  'GET /api/clinic/clients/:clientId/questionnaire-schedule': clientView(
    'treatment',
    '/questionnaire-schedule',
  ),
  'PUT /api/clinic/clients/:clientId/questionnaire-schedule': clientView(
    'treatment',
    '/questionnaire-schedule',
    false,
    { questionnaireId: 'phq-9', everyDays: 14 },
  ),
  'GET /api/me/treatment-schedule': personal(at('/api/me/treatment-schedule')),
};

let testApp: TestApp;
let alice: Seeded;

const send = (method: string, { url, payload }: Call, cookie?: string) =>
  testApp.app.inject({
    method: method as 'GET',
    url,
    ...(cookie ? { headers: { cookie } } : {}),
    ...(payload ? { payload } : {}),
  });

/** A person with one of everything, each carrying the given text (the owner's is `marker`). */
async function seededPerson(text = 'someone else’s entry'): Promise<Seeded> {
  const person = await signUpPerson(testApp.app);
  await send('PATCH', { url: '/api/me', payload: { displayName: text } }, person.cookie);
  const dose = await send(
    'POST',
    { url: '/api/doses', payload: { ...doseBody, notes: text } },
    person.cookie,
  );
  const date = today();
  await send('POST', { url: '/api/check-ins', payload: { date, notes: text } }, person.cookie);
  await send(
    'PUT',
    { url: '/api/plan', payload: { goal: 'cut-down', startDate: date, reasons: [text] } },
    person.cookie,
  );
  await send(
    'POST',
    { url: '/api/cravings', payload: { intensity: 3, notes: text } },
    person.cookie,
  );
  const sessions = await send('GET', { url: '/api/me/sessions' }, person.cookie);
  const current = sessions
    .json<{ sessions: { id: string; current: boolean }[] }>()
    .sessions.find((session) => session.current);
  if (!current) throw new Error(`no current session: ${sessions.body}`);
  // Everyone has a grant of their own (to a supporter), to revoke.
  const grantId = await share(testApp.app, person, supporterOfAll, ['summary'], 'supporter');
  return { ...person, doseId: dose.json().dose.id, date, sessionId: current.id, grantId };
}

let supporterOfAll: Person;

/** A session each client's clinic recorded, by client id (what PATCH changes). */
const sessionOf = new Map<string, string>();
async function recordSessionFor(client: Person, clinician: Person) {
  const created = await send(
    'POST',
    { url: `/api/clinic/clients/${client.userId}/sessions`, payload: esketamineSession() },
    clinician.cookie,
  );
  sessionOf.set(client.userId, created.json<{ session: { id: string } }>().session.id);
}

/** A code from someone new, so each redeeming attempt has an unused one. */
async function freshShareCode(): Promise<string> {
  const someone = await signUpPerson(testApp.app);
  const made = await send(
    'POST',
    { url: '/api/sharing/codes', payload: { scopes: ['log'], days: 90 } },
    someone.cookie,
  );
  return made.json<{ code: string }>().code;
}
/** A sealed snapshot nobody has opened yet (its content is made up: the server cannot tell). */
async function freshSealedShare(): Promise<string> {
  const made = await send('POST', {
    url: '/api/sharing/sealed',
    payload: { ciphertext: Buffer.from(marker).toString('base64'), days: 7 },
  });
  return made.json<{ id: string }>().id;
}
beforeAll(async () => {
  testApp = await createTestApp();
  supporterOfAll = await signUpPerson(testApp.app);
  alice = await seededPerson(marker);
  // Alice's clinic records a session, so her own copy of its record has an entry to name.
  const alicesClinic = await clinicWithClinician(testApp.app, 'Alice’s Clinic');
  await share(testApp.app, alice, alicesClinic, ['log']);
  await recordSessionFor(alice, alicesClinic);
});
afterAll(() => testApp.close());

const apiRoutes = () => testApp.app.routeTable.filter((route) => route.url.startsWith('/api'));

describe('access to every route', () => {
  it('has every API route classified (a new route must be added here)', () => {
    const unclassified = apiRoutes()
      .map((route) => `${route.method} ${route.url}`)
      .filter((key) => !(key in routeAccess));
    expect(unclassified).toEqual([]);
    expect(apiRoutes().length).toBeGreaterThan(35);
  });

  it('answers nobody on a personal route with 401, and public routes without personal data', async () => {
    for (const { method, url } of apiRoutes()) {
      const access = routeAccess[`${method} ${url}`]!;
      const call =
        access.kind === 'public' ? { url: url.replace(/:\w+/g, 'x') } : await access.call(alice);
      const response = await send(method, call);
      expect(response.body, `${method} ${url}`).not.toContain(marker);
      if (access.kind !== 'public') {
        expect(response.statusCode, `${method} ${url}`).toBe(401);
        expect(response.json().error.code).toBe('unauthenticated');
      } else {
        expect(response.statusCode, `${method} ${url}`).not.toBe(401);
      }
    }
  });

  it('never shows or changes one person’s data for another, and lets the owner in', async () => {
    const bob = await seededPerson();
    const bobSeesAlice: Call[] = [];
    let checked = 0;
    for (const { method, url } of apiRoutes()) {
      const access = routeAccess[`${method} ${url}`]!;
      if (access.kind !== 'personal') continue;
      const owner = access.destructive ? await seededPerson(marker) : alice;
      const other = access.destructive ? await seededPerson() : bob;
      // The other person aims at the owner's resource (ids in the path are the owner's).
      const attack = access.call(owner);
      const asOther = await send(method, attack, other.cookie);
      if (asOther.body.includes(marker)) bobSeesAlice.push(attack);
      expect(asOther.statusCode, `${method} ${url} as another person`).toBeLessThan(500);
      if (access.namesOwnersEntry)
        expect(asOther.statusCode, `${method} ${url} as another person`).toBe(404);

      const asOwner = await send(method, access.call(owner), owner.cookie);
      expect(
        asOwner.statusCode,
        `${method} ${url} as owner: ${asOwner.body.slice(0, 200)}`,
      ).toBeLessThan(400);
      if (access.ownerSeesMarker) expect(asOwner.body, `${method} ${url}`).toContain(marker);
      checked += 1;
    }
    expect(bobSeesAlice).toEqual([]);
    expect(checked).toBeGreaterThan(20);

    // Alice's data is all still there and unchanged after every attempt.
    const dose = await send('GET', { url: `/api/doses/${alice.doseId}` }, alice.cookie);
    expect(dose.statusCode).toBe(200);
    expect(dose.json().dose.notes).toBe(marker);
    expect(
      (await send('GET', { url: `/api/check-ins/${alice.date}` }, alice.cookie)).statusCode,
    ).toBe(200);
  });
});

describe('the clinic area, for every role', () => {
  const clinicRoutes = () =>
    apiRoutes().filter(({ method, url }) => routeAccess[`${method} ${url}`]!.kind === 'clinic');
  const everyScope = ['log', 'check-ins', 'self-checks', 'plan', 'risk', 'levels'];
  /** Come with any grant to a clinic: no data scope needed. */
  const clinicScopes: AccessScope[] = ['notes', 'treatment', 'withdrawal'];

  it('lets a clinician see a client only as far as the grant says, and nobody else at all', async () => {
    const clinician = await clinicWithClinician(testApp.app, 'Grant Clinic');
    const otherClinic = await clinicWithClinician(testApp.app, 'Other Clinic');
    const supporter = await signUpPerson(testApp.app);
    const client = await seededPerson(marker);
    // Only notes need no scope; a grant of just the summary lacks every data scope.
    const narrowClient = await seededPerson(marker);
    await share(testApp.app, client, clinician, everyScope);
    await share(testApp.app, narrowClient, clinician, ['summary']);
    await share(testApp.app, client, supporter, ['summary'], 'supporter');
    await recordSessionFor(client, clinician);
    await recordSessionFor(narrowClient, clinician);
    const bob = await seededPerson();
    let checked = 0;
    for (const { method, url } of clinicRoutes()) {
      const key = `${method} ${url}`;
      const access = routeAccess[key] as Extract<Access, { kind: 'clinic' }>;
      const attempt = async (who: Person, target = client) =>
        send(method, await access.call(target), who.cookie);
      const refusedAs = async (who: Person, status: number, code: string, target = client) => {
        const response = await attempt(who, target);
        expect(response.statusCode, `${key} ${response.body.slice(0, 200)}`).toBe(status);
        expect(response.json().error.code, key).toBe(code);
        expect(response.body, key).not.toContain(marker);
      };
      for (const nonMember of [client, bob, supporter]) {
        await refusedAs(nonMember, 403, 'not_clinic_member');
      }
      const granted = await attempt(clinician);
      expect(granted.statusCode, `${key}: ${granted.body.slice(0, 200)}`).toBeLessThan(400);
      if (access.clinicSeesMarker) expect(granted.body, key).toContain(marker);
      if (access.scope) {
        await refusedAs(otherClinic, 404, 'not_found');
        if (!clinicScopes.includes(access.scope)) {
          await refusedAs(clinician, 403, 'scope_not_granted', narrowClient);
        }
      } else {
        expect((await attempt(otherClinic)).body, key).not.toContain(marker);
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('ends every view at revocation and at expiry', async () => {
    const clinician = await clinicWithClinician(testApp.app, 'Ending Clinic');
    const revoked = await seededPerson(marker);
    const expired = await seededPerson(marker);
    const revokedGrant = await share(testApp.app, revoked, clinician, everyScope);
    const expiredGrant = await share(testApp.app, expired, clinician, everyScope);
    await recordSessionFor(revoked, clinician);
    await recordSessionFor(expired, clinician);
    await send('DELETE', { url: `/api/sharing/grants/${revokedGrant}` }, revoked.cookie);
    await testApp.database.db
      .updateTable('grants')
      .set({ ends_at: new Date(Date.now() - 1000) })
      .where('id', '=', expiredGrant)
      .execute();
    for (const { method, url } of clinicRoutes()) {
      const access = routeAccess[`${method} ${url}`] as Extract<Access, { kind: 'clinic' }>;
      for (const client of [revoked, expired]) {
        const response = await send(method, await access.call(client), clinician.cookie);
        expect(response.body, `${method} ${url}`).not.toContain(marker);
        if (access.scope) expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
    }
  });
});
