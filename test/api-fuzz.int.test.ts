import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpPerson, type TestApp } from './support/test-app.js';

let testApp: TestApp;
let cookie: string;
let routes: Array<{ method: string; url: string }>;

beforeAll(async () => {
  testApp = await createTestApp();
  cookie = (await signUpPerson(testApp.app)).cookie;
  const doc = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, unknown>>;
  }>();
  routes = Object.entries(doc.paths).flatMap(([url, operations]) =>
    Object.keys(operations).map((method) => ({ method: method.toUpperCase(), url })),
  );
});
afterAll(() => testApp.close());

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '../../etc/passwd',
    "' or 1=1 --",
    '<script>alert(1)</script>',
    '%00',
    '🙂'.repeat(50),
    'null',
    'NaN',
  ),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  hostileString,
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, true, null, [], {}),
);
const knownFields = [
  'email',
  'password',
  'currentPassword',
  'newPassword',
  'displayName',
  'country',
  'timeZone',
];
const hostileBody = fc.oneof(
  fc.dictionary(fc.constantFrom(...knownFields), hostileValue),
  fc.record({ email: fc.emailAddress(), password: hostileString }),
  hostileValue,
  fc.constant(undefined),
);

function toJsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

describe('any request a client can send', () => {
  it('never produces a 5xx, and every error has the documented shape', async () => {
    expect(routes.length).toBeGreaterThan(8);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1_000 }),
        hostileBody,
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=latin1',
          undefined,
        ),
        fc.boolean(),
        fc.dictionary(fc.constantFrom('country', 'q', 'from', 'limit'), hostileString, {
          maxKeys: 2,
        }),
        fc.oneof(fc.uuid(), hostileString),
        async (routeIndex, body, contentType, signedIn, query, pathValue) => {
          const route = routes[routeIndex % routes.length]!;
          const url = route.url.replace(/\{[^}]+\}/g, encodeURIComponent(pathValue));
          const payload = typeof body === 'string' ? body : toJsonText(body);
          const response = await testApp.app.inject({
            method: route.method as 'GET',
            url,
            query: query as Record<string, string>,
            headers: {
              ...(contentType ? { 'content-type': contentType } : {}),
              ...(signedIn ? { cookie } : {}),
            },
            ...(payload === undefined || route.method === 'GET' ? {} : { payload }),
          });
          expect(
            response.statusCode,
            `${route.method} ${url} → ${response.body.slice(0, 300)}`,
          ).toBeLessThan(500);
          if (response.statusCode >= 400) {
            expect(response.json().error).toMatchObject({
              code: expect.any(String),
              message: expect.any(String),
            });
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it('answers a body over the size limit with 413', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: JSON.stringify({ email: 'a@b.org', password: 'x'.repeat(200_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('answers an over-long path parameter with 414 in the usual error shape', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/doses/${'a'.repeat(5_000)}`,
    });
    expect(response.statusCode).toBe(414);
    expect(response.json().error.code).toBe('uri_too_long');
  });

  it('answers malformed JSON with 400 and an unknown media type with 415', async () => {
    const malformed = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: '{"email":',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    const wrongType = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: 'email=a',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(wrongType.statusCode).toBe(415);
  });
});
