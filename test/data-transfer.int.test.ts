import { describe, expect, it } from 'vitest';
import { createDemoAccount } from '../src/server/services/demo.js';
import { fhirProblems } from './support/fhir-validators.js';
import { countRows, personalTables, signUpPerson, useTestApp } from './support/test-app.js';

const testApp = useTestApp();
type Bundle = { entry: Array<{ fullUrl: string; resource: { resourceType: string; id: string } }> };
type Call = { method: 'GET' | 'POST' | 'PATCH'; url: string; cookie: string; payload?: unknown };
const call = ({ method, url, cookie, payload }: Call) =>
  testApp.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

/** The demo's three months, signed in, plus the self-checks and entries the demo lacks. */
async function personWithThreeMonths() {
  const demo = await createDemoAccount(testApp.app.ctx);
  const signIn = await testApp.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: demo.email, password: demo.password },
  });
  const cookie = `ketalog_session=${signIn.cookies.find((c) => c.name === 'ketalog_session')!.value}`;
  const posts: Array<[string, unknown]> = [
    ['/api/questionnaires/gad-7/responses', { answers: [1, 1, 2, 0, 1, 1, 0] }],
    ['/api/questionnaires/audit-c/responses', { answers: [2, 1, 0], context: { sex: 'female' } }],
    ['/api/cravings', { intensity: 7, toolsTried: ['urge-surfing'], helped: true }],
    [
      '/api/doses',
      {
        takenAt: new Date(Date.now() - 3_600_000).toISOString(),
        mg: 35,
        route: 'intravenous',
        purpose: 'treatment',
        notes: 'clinic session',
      },
    ],
  ];
  for (const [url, payload] of posts) {
    const response = await call({ method: 'POST', url, cookie, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
  }
  return { cookie, demo };
}

/** A bundle or file without what differs between accounts: ids, references and save times. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value !== 'object' || value === null) return value;
  const skipped = new Set([
    'id',
    'fullUrl',
    'reference',
    'createdAt',
    'updatedAt',
    'exportedAt',
    'account',
  ]);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !skipped.has(key))
      .map(([key, item]) => [key, comparable(item)]),
  );
}

describe('the FHIR validators', () => {
  it('each find a resource that breaks R4 (so a clean export means something)', () => {
    const fine = { resourceType: 'Observation', id: 'x', status: 'final', code: { text: 'mood' } };
    const broken = { ...fine, valueInteger: 1.5, colour: 'red' };
    const problems = fhirProblems(broken);
    expect(problems.some((problem) => problem.startsWith('medplum'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('fhir.schema.json'))).toBe(true);
    expect(fhirProblems(fine)).toEqual([]);
  });
});

describe('data export and import', () => {
  it('exports a three-month history as FHIR that both validators accept, the same bytes each time', async () => {
    const { cookie } = await personWithThreeMonths();
    const first = await call({ method: 'GET', url: '/api/me/export?format=fhir', cookie });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toContain('application/fhir+json');
    const bundle = first.json<Bundle & { resourceType: string }>();
    const problems = [bundle, ...bundle.entry.map((entry) => entry.resource)].flatMap((resource) =>
      fhirProblems(resource as { resourceType: string; id: string }),
    );
    const kinds: Record<string, number> = {};
    for (const { resource } of bundle.entry)
      kinds[resource.resourceType] = (kinds[resource.resourceType] ?? 0) + 1;
    // The figures the helper's report quotes: resources by type and the validators' findings.
    console.info(
      `fhir export: ${bundle.entry.length} resources ${JSON.stringify(kinds)}, ${first.body.length} bytes, ${problems.length} validator problems`,
    );
    expect(problems).toEqual([]);
    expect(kinds.MedicationStatement).toBeGreaterThan(50);
    expect(kinds.QuestionnaireResponse).toBe(9);
    const second = await call({ method: 'GET', url: '/api/me/export?format=fhir', cookie });
    expect(second.body).toBe(first.body);
  });

  it('round-trips both formats into a new account, and a second import adds nothing', async () => {
    const { cookie } = await personWithThreeMonths();
    for (const format of ['fhir', 'ketalog'] as const) {
      const exported = await call({
        method: 'GET',
        url: `/api/me/export?format=${format}`,
        cookie,
      });
      const other = await signUpPerson(testApp.app);
      await call({
        method: 'PATCH',
        url: '/api/me',
        cookie: other.cookie,
        payload: { timeZone: 'Europe/London' },
      });
      const imported = await call({
        method: 'POST',
        url: '/api/me/import',
        cookie: other.cookie,
        payload: exported.json(),
      });
      expect(imported.statusCode, imported.body).toBe(200);
      const result = imported.json<{
        added: Record<string, number>;
        alreadyPresent: Record<string, number>;
      }>();
      expect(result.added.doses).toBe(await countRows(testApp.database.db, 'doses', other.userId));
      expect(result.added.questionnaireResponses).toBe(9);
      const again = await call({
        method: 'GET',
        url: `/api/me/export?format=${format}`,
        cookie: other.cookie,
      });
      expect(comparable(again.json())).toEqual(comparable(exported.json()));

      const twice = await call({
        method: 'POST',
        url: '/api/me/import',
        cookie: other.cookie,
        payload: exported.json(),
      });
      expect(twice.json()).toEqual({
        format,
        added: { doses: 0, checkIns: 0, questionnaireResponses: 0, cravings: 0, plan: 0 },
        alreadyPresent: result.added,
      });
      expect(await countRows(testApp.database.db, 'doses', other.userId)).toBe(result.added.doses);
    }
  });

  it('refuses a bad file with the first problem named, and writes nothing from it', async () => {
    const { cookie } = await personWithThreeMonths();
    const file = (await call({ method: 'GET', url: '/api/me/export', cookie })).json<{
      checkIns: Array<{ date: string }>;
    }>();
    // Valid doses come first; the check-in dated next month fails only when it is saved.
    file.checkIns.push({
      ...file.checkIns[0]!,
      date: new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10),
    });
    const other = await signUpPerson(testApp.app);
    const refused = await call({
      method: 'POST',
      url: '/api/me/import',
      cookie: other.cookie,
      payload: file,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(
      /^Nothing was imported\. check-in of \d{4}-\d\d-\d\d, date: /,
    );
    for (const table of personalTables) {
      expect(await countRows(testApp.database.db, table, other.userId)).toBe(0);
    }

    const cases: Array<[unknown, RegExp]> = [
      [
        { ...file, schemaVersion: 7 },
        /schemaVersion: this Ketalog reads files of schema version 1, not 7/,
      ],
      [
        {
          format: 'ketalog-export',
          schemaVersion: 1,
          doses: [{ takenAt: '0000-01-01T00:00:00Z', mg: 5, route: 'oral' }],
        },
        /doses\[0\], takenAt: /,
      ],
      [
        {
          resourceType: 'Bundle',
          type: 'collection',
          entry: [{ resource: { resourceType: 'Observation', id: 'x', code: { text: '\u0000' } } }],
        },
        /Bundle.entry\[0\] \(Observation\/x\), code: is not an observation Ketalog exports/,
      ],
      [{ hello: 'world' }, /file: is neither a Ketalog export nor a FHIR Bundle/],
    ];
    for (const [payload, message] of cases) {
      const response = await call({
        method: 'POST',
        url: '/api/me/import',
        cookie: other.cookie,
        payload,
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.message).toMatch(message);
    }
    const list = await call({
      method: 'POST',
      url: '/api/me/import',
      cookie: other.cookie,
      payload: [1, 2],
    });
    expect(list.statusCode).toBe(400);
    expect(await countRows(testApp.database.db, 'doses', other.userId)).toBe(0);
  });

  it('takes a file far larger than other requests, up to the import limit', async () => {
    const { cookie } = await personWithThreeMonths();
    const fhir = await call({ method: 'GET', url: '/api/me/export?format=fhir', cookie });
    expect(fhir.body.length).toBeGreaterThan(testApp.app.ctx.config.bodyLimitBytes);
    const other = await signUpPerson(testApp.app);
    const huge = `{"format":"ketalog-export","pad":"${'x'.repeat(testApp.app.ctx.config.importLimitBytes)}"}`;
    const refused = await testApp.app.inject({
      method: 'POST',
      url: '/api/me/import',
      headers: { cookie: other.cookie, 'content-type': 'application/json' },
      payload: huge,
    });
    expect(refused.statusCode).toBe(413);
  });

  it('refuses an unknown export format', async () => {
    const other = await signUpPerson(testApp.app);
    const response = await call({
      method: 'GET',
      url: '/api/me/export?format=xml',
      cookie: other.cookie,
    });
    expect(response.statusCode).toBe(400);
  });
});
