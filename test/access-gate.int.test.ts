import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../src/domain/accounts/account.js';
import { resolveSubject, type AccessScope, type Subject } from '../src/server/access/gate.js';
import { clinicWithClinician, share, type Clinician } from './support/clinic.js';
import { esketamineSession } from './support/treatment-session.js';
import { createTestApp, signUpPerson, strongPassword, type TestApp } from './support/test-app.js';

/**
 * Every API route is called by a signed-in person; each route that reaches personal data must
 * have reached it through the access gate, exactly once, in its own scope, for that person and
 * with that person's own profile. A route missing from the table fails the first test.
 */

type Person = Awaited<ReturnType<typeof signUpPerson>> & { doseId: string; sessionId: string };
type Call = { url: string; payload?: object };
type Route =
  | { scope: null }
  | {
      scope: AccessScope;
      call: (person: Person) => Call | Promise<Call>;
      /** It ends the session or removes data: the caller is a fresh person. */
      destructive?: boolean;
      /**
       * Someone else reaches the person's data under a grant: a clinician of the clinic
       * the person shares everything with, or a supporter. `many`: a list of everyone sharing.
       */
      by?: 'clinician' | 'supporter';
      many?: boolean;
      /** It reaches several areas in one call, each through the gate once (a clinic's export). */
      scopes?: AccessScope[];
    };

const today = () => new Date().toISOString().slice(0, 10);
const doseBody = { takenAt: new Date(Date.now() - 3_600_000).toISOString(), mg: 30, route: 'oral' };
/** Far from the server's UTC, so a subject built from anything but the profile shows. */
const profile = { timeZone: 'Pacific/Auckland', country: 'NZ', weightKg: 61 };

const open: Route = { scope: null };
const gated = (
  scope: AccessScope,
  call: (person: Person) => Call | Promise<Call>,
  destructive = false,
): Route => ({
  scope,
  call,
  destructive,
});
const at = (url: string, payload?: object) => () => (payload ? { url, payload } : { url });
/** Read by the clinician under the person's grant: the path names the person. */
const asClinician = (scope: AccessScope, path: string, payload?: object): Route => ({
  scope,
  by: 'clinician',
  call: (person) => ({
    url: `/api/clinic/clients/${person.userId}${path}`,
    ...(payload ? { payload } : {}),
  }),
});
/** A client route that also reaches a second area of the person's data when it is shared. */
const alsoReaching = (route: Route, scopes: AccessScope[]): Route =>
  route.scope === null ? route : { ...route, scopes };
/** The clinic area itself (its clinicians, adding a client) holds no one's personal data. */
const clinicOnly: Route = { scope: null };

const routes: Record<string, Route> = {
  'GET /api/health': open,
  'GET /api/openapi.json': open,
  'GET /api/docs': open,
  'GET /api/docs.css': open,
  'POST /api/auth/sign-up': open,
  'POST /api/auth/sign-in': open,
  'POST /api/auth/sign-out': open,
  'GET /api/auth/recovery-options': open,
  'POST /api/auth/forgot-password': open,
  'POST /api/auth/reset-password': open,
  'GET /api/help': open,
  'GET /api/kb/articles': open,
  'GET /api/kb/articles/:slug': open,
  'GET /api/kb/search': open,
  'GET /api/family/guide': open,
  'POST /api/family/checklist': open,
  'GET /api/pathway': open,
  'POST /api/interactions/check': open,
  'GET /api/questionnaires': open,
  'GET /api/questionnaires/:id': open,
  'POST /api/questionnaires/:id/score': open,
  'POST /api/simulate': open,

  'GET /api/me': gated('account', at('/api/me')),
  'PATCH /api/me': gated('account', at('/api/me', { displayName: 'Renamed' })),
  'POST /api/me/password': gated(
    'account',
    at('/api/me/password', { currentPassword: strongPassword, newPassword: `${strongPassword} 2` }),
    true,
  ),
  'POST /api/me/recovery-codes': gated(
    'account',
    at('/api/me/recovery-codes', { password: strongPassword }),
  ),
  'GET /api/me/sessions': gated('account', at('/api/me/sessions')),
  'DELETE /api/me/sessions/:id': gated(
    'account',
    (person) => ({ url: `/api/me/sessions/${person.sessionId}` }),
    true,
  ),
  'DELETE /api/me/sessions': gated('account', at('/api/me/sessions'), true),
  'DELETE /api/me': gated('account', at('/api/me', { password: strongPassword }), true),
  'GET /api/me/export': gated('export', at('/api/me/export')),
  'GET /api/me/reports/:kind': gated('export', at('/api/me/reports/gp')),
  'POST /api/me/import': gated(
    'export',
    at('/api/me/import', { format: 'ketalog-export', schemaVersion: 1, doses: [doseBody] }),
  ),
  'POST /api/doses': gated('log', at('/api/doses', doseBody)),
  'GET /api/doses': gated('log', at('/api/doses')),
  'GET /api/doses/:id': gated('log', (person) => ({ url: `/api/doses/${person.doseId}` })),
  'PATCH /api/doses/:id': gated('log', (person) => ({
    url: `/api/doses/${person.doseId}`,
    payload: { mg: 31 },
  })),
  'DELETE /api/doses/:id': gated('log', (person) => ({ url: `/api/doses/${person.doseId}` }), true),
  'POST /api/check-ins': gated('check-ins', at('/api/check-ins', { date: today(), craving: 2 })),
  'GET /api/check-ins': gated('check-ins', at('/api/check-ins')),
  'GET /api/check-ins/:date': gated('check-ins', () => ({ url: `/api/check-ins/${today()}` })),
  'DELETE /api/check-ins/:date': gated(
    'check-ins',
    () => ({ url: `/api/check-ins/${today()}` }),
    true,
  ),
  'GET /api/questionnaires/:id/responses': gated(
    'self-checks',
    at('/api/questionnaires/phq-9/responses'),
  ),
  'POST /api/questionnaires/:id/responses': gated(
    'self-checks',
    at('/api/questionnaires/phq-9/responses', { answers: [0, 0, 0, 0, 0, 0, 0, 0, 0] }),
  ),
  'GET /api/risk': gated('risk', at('/api/risk')),
  'GET /api/plan': gated('plan', at('/api/plan')),
  'PUT /api/plan': gated('plan', at('/api/plan', { goal: 'stop', startDate: today() })),
  'GET /api/cravings': gated('plan', at('/api/cravings')),
  'POST /api/cravings': gated('plan', at('/api/cravings', { intensity: 5 })),
  'GET /api/levels': gated('levels', at('/api/levels')),

  'POST /api/sharing/codes': gated(
    'sharing',
    at('/api/sharing/codes', { scopes: ['log'], days: 90 }),
  ),
  'GET /api/sharing/grants': gated('sharing', at('/api/sharing/grants')),
  'DELETE /api/sharing/grants/:id': gated(
    'sharing',
    async (person) => ({ url: `/api/sharing/grants/${await shareWith(person, ['summary'])}` }),
    true,
  ),
  'GET /api/sharing/access-log': gated('sharing', at('/api/sharing/access-log')),
  'GET /api/sharing/notes': gated('sharing', at('/api/sharing/notes')),
  // Ciphertext only: the server cannot know whose data it is, so no subject is reached.
  'POST /api/sharing/sealed': open,
  'DELETE /api/sharing/sealed/:id': open,
  'POST /api/sharing/sealed/:id/status': open,
  'GET /api/clinic/snapshots/:id': clinicOnly,
  'POST /api/supporting': gated('account', async () => ({
    url: '/api/supporting',
    payload: { code: await summaryCode() },
  })),
  'GET /api/supporting': {
    scope: 'summary',
    by: 'supporter',
    many: true,
    call: at('/api/supporting'),
  },
  'POST /api/clinic/join': gated('account', () => ({
    url: '/api/clinic/join',
    payload: { code: clinician.joinCode },
  })),
  'GET /api/clinic': clinicOnly,
  'POST /api/clinic/clients': clinicOnly,
  'GET /api/clinic/clients': {
    scope: 'caseload',
    by: 'clinician',
    many: true,
    call: at('/api/clinic/clients'),
  },
  'GET /api/clinic/clients/:clientId/doses': asClinician('log', '/doses'),
  'GET /api/clinic/clients/:clientId/export': {
    scope: 'log',
    scopes: ['log', 'check-ins', 'self-checks', 'plan', 'treatment'],
    by: 'clinician',
    call: (person) => ({ url: `/api/clinic/clients/${person.userId}/export` }),
  },
  'GET /api/clinic/clients/:clientId/check-ins': asClinician('check-ins', '/check-ins'),
  'GET /api/clinic/clients/:clientId/questionnaire-responses/:id': asClinician(
    'self-checks',
    '/questionnaire-responses/phq-9',
  ),
  'GET /api/clinic/clients/:clientId/risk': asClinician('risk', '/risk'),
  'GET /api/clinic/clients/:clientId/levels': asClinician('levels', '/levels'),
  'GET /api/clinic/clients/:clientId/plan': asClinician('plan', '/plan'),
  'GET /api/clinic/clients/:clientId/notes': asClinician('notes', '/notes'),
  'POST /api/clinic/clients/:clientId/notes': asClinician('notes', '/notes', {
    body: 'Seen today.',
  }),
  'POST /api/clinic/clients/:clientId/sessions': asClinician(
    'treatment',
    '/sessions',
    esketamineSession(),
  ),
  'GET /api/clinic/clients/:clientId/sessions': asClinician('treatment', '/sessions'),
  'PATCH /api/clinic/sessions/:id': {
    scope: 'treatment',
    by: 'clinician',
    call: async (person) => ({
      url: `/api/clinic/sessions/${await sessionRecordedFor(person)}`,
      payload: { remsSubmittedAt: new Date().toISOString() },
    }),
  },
  'GET /api/clinic/sessions/:id/report': {
    scope: 'treatment',
    by: 'clinician',
    call: async (person) => ({
      url: `/api/clinic/sessions/${await sessionRecordedFor(person)}/report`,
    }),
  },
  'GET /api/clinic/rems-due': {
    scope: 'treatment',
    by: 'clinician',
    many: true,
    call: at('/api/clinic/rems-due'),
  },
  'GET /api/me/treatment-sessions': gated('treatment', at('/api/me/treatment-sessions')),
  'GET /api/me/treatment-sessions/:id/report': gated('treatment', async (person) => ({
    url: `/api/me/treatment-sessions/${await sessionRecordedFor(person)}/report`,
  })),
  // The clinic's own prescription needs any grant; the weeks from the log, the log too.
  'PUT /api/clinic/clients/:clientId/prescription': alsoReaching(
    asClinician('treatment', '/prescription', {
      product: 'ketamine-troche',
      mgPerDose: 100,
      maxMgPerWeek: 300,
    }),
    ['treatment', 'log'],
  ),
  'GET /api/clinic/clients/:clientId/prescription': alsoReaching(
    asClinician('treatment', '/prescription'),
    ['treatment', 'log'],
  ),
  'PUT /api/me/prescription': gated(
    'treatment',
    at('/api/me/prescription', { product: 'ketamine-oral', mgPerDose: 50, maxMgPerWeek: 150 }),
  ),
  'GET /api/me/prescription': gated('treatment', at('/api/me/prescription')),
  'POST /api/clinic/clients/:clientId/withdrawal-follow-up': asClinician(
    'withdrawal',
    '/withdrawal-follow-up',
    { startDate: today() },
  ),
  'GET /api/clinic/clients/:clientId/withdrawal-follow-up': asClinician(
    'withdrawal',
    '/withdrawal-follow-up',
  ),
  'POST /api/clinic/clients/:clientId/withdrawal-follow-up/end': asClinician(
    'withdrawal',
    '/withdrawal-follow-up/end',
  ),
  'GET /api/me/follow-ups': gated('withdrawal', at('/api/me/follow-ups')),
  'GET /api/clinic/outcomes': {
    scope: 'self-checks',
    scopes: ['self-checks', 'check-ins'],
    by: 'clinician',
    many: true,
    call: at('/api/clinic/outcomes'),
  },
  'GET /api/clinic/outcomes.csv': {
    scope: 'self-checks',
    scopes: ['self-checks', 'check-ins'],
    by: 'clinician',
    many: true,
    call: at('/api/clinic/outcomes.csv'),
  },
  'GET /api/clinic/preparation-rules': clinicOnly,
  'PUT /api/clinic/preparation-rules': clinicOnly,
  // The plan needs any grant; the check of the log before it, the log too.
  'GET /api/clinic/clients/:clientId/next-session': alsoReaching(
    asClinician('treatment', '/next-session'),
    ['treatment', 'log'],
  ),
  'PUT /api/clinic/clients/:clientId/next-session': alsoReaching(
    asClinician('treatment', '/next-session', {
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    }),
    ['treatment', 'log'],
  ),
  'GET /api/clinic/clients/:clientId/questionnaire-schedule': alsoReaching(
    asClinician('treatment', '/questionnaire-schedule'),
    ['treatment', 'self-checks'],
  ),
  'PUT /api/clinic/clients/:clientId/questionnaire-schedule': alsoReaching(
    asClinician('treatment', '/questionnaire-schedule', {
      questionnaireId: 'phq-9',
      everyDays: 14,
    }),
    ['treatment', 'self-checks'],
  ),
  'GET /api/me/treatment-schedule': gated('treatment', at('/api/me/treatment-schedule')),
};

let clinician: Clinician;
let supporter: Awaited<ReturnType<typeof signUpPerson>>;

/** The person shares `scopes` with the clinic (or a summary with the supporter); the grant id. */
const shareWith = (person: Person, scopes: string[]) =>
  share(
    testApp.app,
    person,
    scopes.includes('summary') ? supporter : clinician,
    scopes,
    scopes.includes('summary') ? 'supporter' : 'clinic',
  );

async function summaryCode(): Promise<string> {
  const someone = await signUpPerson(testApp.app);
  const made = await send(
    'POST',
    { url: '/api/sharing/codes', payload: { scopes: ['summary'], days: 90 } },
    someone.cookie,
  );
  return made.json<{ code: string }>().code;
}

let testApp: TestApp;
/** What the gate handed out, by "METHOD /route", for the last call of each route. */
const reached = new Map<string, Subject[]>();

const send = (method: string, { url, payload }: Call, cookie: string) =>
  testApp.app.inject({
    method: method as 'GET',
    url,
    headers: { cookie },
    ...(payload ? { payload } : {}),
  });

/** A person in a far time zone with a dose and a check-in of today. */
async function seededPerson(): Promise<Person> {
  const person = await signUpPerson(testApp.app);
  await send('PATCH', { url: '/api/me', payload: profile }, person.cookie);
  const dose = await send('POST', { url: '/api/doses', payload: doseBody }, person.cookie);
  await send('POST', { url: '/api/check-ins', payload: { date: today() } }, person.cookie);
  const sessions = await send('GET', { url: '/api/me/sessions' }, person.cookie);
  const { sessions: list } = sessions.json<{ sessions: { id: string; current: boolean }[] }>();
  return {
    ...person,
    doseId: dose.json<{ dose: { id: string } }>().dose.id,
    sessionId: list.find((session) => session.current)!.id,
  };
}

/** A session the clinician records for the person (who shares with the clinic): its id. */
async function sessionRecordedFor(person: Person): Promise<string> {
  const created = await send(
    'POST',
    { url: `/api/clinic/clients/${person.userId}/sessions`, payload: esketamineSession() },
    clinician.cookie,
  );
  return created.json<{ session: { id: string } }>().session.id;
}

beforeAll(async () => {
  testApp = await createTestApp();
  testApp.app.addHook('onResponse', async (request) => {
    reached.set(`${request.method} ${request.routeOptions.url}`, request.subjects ?? []);
  });
  clinician = await clinicWithClinician(testApp.app);
  supporter = await signUpPerson(testApp.app);
});
afterAll(() => testApp.close());

const apiRoutes = () => testApp.app.routeTable.filter((route) => route.url.startsWith('/api'));

describe('the access gate', () => {
  it('knows every API route (a new route must be added here)', () => {
    const unknown = apiRoutes()
      .map((route) => `${route.method} ${route.url}`)
      .filter((key) => !(key in routes));
    expect(unknown).toEqual([]);
  });

  it('is how every personal route reaches its data: once, in its scope, with the person’s own profile', async () => {
    const alice = await seededPerson();
    await shareWith(alice, ['log', 'check-ins', 'self-checks', 'plan', 'risk', 'levels']);
    await shareWith(alice, ['summary']);
    // Public routes are called signed in too (one of them signs out), by someone else.
    const visitor = await seededPerson();
    const bypassed: string[] = [];
    let checked = 0;
    for (const { method, url } of apiRoutes()) {
      const route = routes[`${method} ${url}`]!;
      const key = `${method} ${url}`;
      if (route.scope === null) {
        const response = await send(method, { url: url.replace(/:\w+/g, 'x') }, visitor.cookie);
        expect(reached.get(key) ?? [], `${key} (${response.statusCode})`).toEqual([]);
        continue;
      }
      const owner = route.destructive ? await seededPerson() : alice;
      const actor =
        route.by === 'clinician' ? clinician : route.by === 'supporter' ? supporter : owner;
      const response = await send(method, await route.call(owner), actor.cookie);
      expect(response.statusCode, `${key}: ${response.body.slice(0, 200)}`).toBeLessThan(400);
      const subjects = reached.get(key) ?? [];
      if (subjects.length === 0) bypassed.push(key);
      else {
        if (route.scopes) {
          expect(subjects.map((subject) => subject.scope).sort(), key).toEqual(
            [...route.scopes].sort(),
          );
        } else if (!route.many) expect(subjects, key).toHaveLength(1);
        expect(
          subjects.find((subject) => subject.userId === owner.userId),
          key,
        ).toMatchObject({
          userId: owner.userId,
          actorId: actor.userId,
          scope: route.scope,
          ...profile,
        });
        const scopes = route.scopes ?? [route.scope];
        expect(subjects.every((subject) => scopes.includes(subject.scope))).toBe(true);
      }
      checked += 1;
    }
    expect(bypassed).toEqual([]);
    expect(checked).toBeGreaterThan(25);
  });

  it('lets a person reach only their own data without a grant, and nobody signed out anyone’s', async () => {
    const accountOf = async (person: Person) =>
      (await send('GET', { url: '/api/me' }, person.cookie)).json<{ account: Account }>().account;
    const [alice, bob] = await Promise.all([seededPerson(), seededPerson()]);
    const { ctx } = testApp.app;
    await expect(
      resolveSubject(ctx, await accountOf(bob), alice.userId, 'log'),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(resolveSubject(ctx, null, alice.userId, 'log')).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    const own = await resolveSubject(ctx, await accountOf(alice), alice.userId, 'risk');
    expect(own).toMatchObject({ userId: alice.userId, scope: 'risk', ...profile });
  });
});
