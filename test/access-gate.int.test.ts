import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../src/domain/accounts/account.js';
import { resolveSubject, type AccessScope, type Subject } from '../src/server/access/gate.js';
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
      call: (person: Person) => Call;
      /** It ends the session or removes data: the caller is a fresh person. */
      destructive?: boolean;
    };

const today = () => new Date().toISOString().slice(0, 10);
const doseBody = { takenAt: new Date(Date.now() - 3_600_000).toISOString(), mg: 30, route: 'oral' };
/** Far from the server's UTC, so a subject built from anything but the profile shows. */
const profile = { timeZone: 'Pacific/Auckland', country: 'NZ', weightKg: 61 };

const open: Route = { scope: null };
const gated = (scope: AccessScope, call: (person: Person) => Call, destructive = false): Route => ({
  scope,
  call,
  destructive,
});
const at = (url: string, payload?: object) => () => (payload ? { url, payload } : { url });

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
};

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

beforeAll(async () => {
  testApp = await createTestApp();
  testApp.app.addHook('onResponse', async (request) => {
    reached.set(`${request.method} ${request.routeOptions.url}`, request.subjects ?? []);
  });
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
      const caller = route.destructive ? await seededPerson() : alice;
      const response = await send(method, route.call(caller), caller.cookie);
      expect(response.statusCode, `${key}: ${response.body.slice(0, 200)}`).toBeLessThan(400);
      const subjects = reached.get(key) ?? [];
      if (subjects.length === 0) bypassed.push(key);
      else {
        expect(subjects, key).toHaveLength(1);
        expect(subjects[0], key).toMatchObject({
          userId: caller.userId,
          actorId: caller.userId,
          scope: route.scope,
          ...profile,
        });
      }
      checked += 1;
    }
    expect(bypassed).toEqual([]);
    expect(checked).toBeGreaterThan(25);
  });

  it('lets a person reach only their own data, and nobody signed out anyone’s', async () => {
    const accountOf = async (person: Person) =>
      (await send('GET', { url: '/api/me' }, person.cookie)).json<{ account: Account }>().account;
    const [alice, bob] = await Promise.all([seededPerson(), seededPerson()]);
    const { ctx } = testApp.app;
    await expect(
      resolveSubject(ctx, await accountOf(bob), alice.userId, 'log'),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(resolveSubject(ctx, null, alice.userId, 'log')).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    const own = await resolveSubject(ctx, await accountOf(alice), alice.userId, 'risk');
    expect(own).toMatchObject({ userId: alice.userId, scope: 'risk', ...profile });
  });
});
