import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { testConfig } from '../config.js';
import {
  createTestApp,
  signUpPerson,
  strongPassword,
  uniqueEmail,
  type TestApp,
} from '../../../test/support/test-app.js';

type Headers = Record<string, string>;

const signIn = (testApp: TestApp, email: string, password: string, headers: Headers = {}) =>
  testApp.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
    headers,
  });

describe('sign-in throttling behind a proxy', () => {
  let proxied: TestApp;
  beforeAll(async () => {
    proxied = await createTestApp({
      trustProxy: 1,
      authRateLimit: { max: 5, windowMinutes: 15 },
    });
  });
  afterAll(() => proxied.close());

  it('counts by the address the trusted proxy saw, whatever X-Forwarded-For the client sent', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      // The client invents a new address each time; the proxy appends the real one.
      const forwarded = `203.0.113.${attempt}, 198.51.100.7`;
      const response = await signIn(proxied, 'victim@example.org', `guess ${attempt} wrong`, {
        'x-forwarded-for': forwarded,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(7).fill(429)]);
    // Another real client behind the same proxy still has its own allowance.
    const other = await signIn(proxied, 'victim@example.org', 'one more guess', {
      'x-forwarded-for': '198.51.100.8',
    });
    expect(other.statusCode).toBe(401);
  });

  it('trusts a listed proxy address the same way', async () => {
    const listed = await createTestApp({
      trustProxy: ['127.0.0.1'],
      authRateLimit: { max: 3, windowMinutes: 15 },
    });
    const statuses = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await signIn(listed, 'victim@example.org', `guess ${attempt} wrong`, {
        'x-forwarded-for': `192.0.2.${attempt}, 198.51.100.9`,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    await listed.close();
  });
});

describe('failed sign-ins per account', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({
      trustProxy: 1,
      authRateLimit: { max: 10, windowMinutes: 15 },
      accountFailureLimit: 20,
    });
  });
  afterAll(() => limited.close());

  it('refuses all but 20 of 120 wrong passwords from 12 addresses', async () => {
    const { email } = await signUpPerson(limited.app);
    const statuses: number[] = [];
    for (let address = 0; address < 12; address++) {
      for (let attempt = 0; attempt < 10; attempt++) {
        const response = await signIn(limited, email, `wrong guess ${address}-${attempt}`, {
          'x-forwarded-for': `198.51.100.${address}`,
        });
        statuses.push(response.statusCode);
      }
    }
    expect(statuses.filter((status) => status === 401)).toHaveLength(20);
    expect(statuses.filter((status) => status === 429)).toHaveLength(100);
  });

  it("lets the person in from their own device while a stranger's failures lock other devices", async () => {
    const owner = await signUpPerson(limited.app);
    const signUpDevice = await limited.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: owner.email, password: strongPassword },
      headers: { 'x-forwarded-for': '192.0.2.10' },
    });
    const deviceCookie = signUpDevice.cookies.find((c) => c.name === 'ketalog_device');
    expect(deviceCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    for (let attempt = 0; attempt < 25; attempt++) {
      await signIn(limited, owner.email, `stranger guess ${attempt}`, {
        'x-forwarded-for': `203.0.113.${attempt % 5}`,
      });
    }
    // Even the right password is refused from a device the account has not seen.
    const unknownDevice = await signIn(limited, owner.email, strongPassword, {
      'x-forwarded-for': '203.0.113.99',
    });
    expect(unknownDevice.statusCode).toBe(429);
    expect(unknownDevice.json().error.message).toMatch(/device you have used/);
    const ownDevice = await signIn(limited, owner.email, strongPassword, {
      'x-forwarded-for': '192.0.2.10',
      cookie: `ketalog_device=${deviceCookie?.value}`,
    });
    expect(ownDevice.statusCode).toBe(200);
    // A device token of another account does not open this one.
    const forged = await signIn(limited, owner.email, strongPassword, {
      'x-forwarded-for': '192.0.2.11',
      cookie: `ketalog_device=${deviceCookie?.value.slice(0, -2)}xx`,
    });
    expect(forged.statusCode).toBe(429);
  });

  it('answers an unknown email exactly like a known one, so the limit tells nothing', async () => {
    const known = (await signUpPerson(limited.app)).email;
    const unknown = uniqueEmail('nobody');
    const answers = async (email: string) => {
      const bodies = [];
      for (let attempt = 0; attempt < 22; attempt++) {
        const response = await signIn(limited, email, `wrong guess ${attempt}`, {
          'x-forwarded-for': `198.18.0.${attempt % 10}`,
        });
        bodies.push(`${response.statusCode} ${response.body}`);
      }
      return bodies;
    };
    expect(await answers(unknown)).toEqual(await answers(known));
  });
});

describe('rate-limit keys', () => {
  it('are keyed hashes with a secret the app servers on one database share', async () => {
    const first = await createTestApp({ authRateLimit: { max: 5, windowMinutes: 15 } });
    const second = await buildApp({
      config: testConfig({ authRateLimit: { max: 5, windowMinutes: 15 } }),
      database: first.database,
    });
    await signIn(first, 'someone@example.org', 'a wrong guess here');
    await second.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'someone@example.org', password: 'a wrong guess here' },
    });
    const db = first.database.db;
    const secrets = await db.selectFrom('server_secrets').selectAll().execute();
    expect(secrets).toHaveLength(1);
    expect(Buffer.from(secrets[0]!.value, 'base64url')).toHaveLength(32);
    const rows = await db.selectFrom('rate_limit_hits').selectAll().execute();
    const unsalted = createHash('sha256')
      .update('POST /api/auth/sign-in\n127.0.0.1')
      .digest('base64url');
    expect(rows.map((row) => row.key_hash)).not.toContain(unsalted);
    // Both servers counted into the same key: one row for the address with two hits.
    expect(rows.map((row) => row.hits).sort()).toContain(2);
    await second.close();
    await first.close();
  });
});
