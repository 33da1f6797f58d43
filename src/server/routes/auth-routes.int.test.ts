import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { testConfig } from '../config.js';
import {
  createTestApp,
  signUpPerson,
  strongPassword,
  uniqueEmail,
  useTestApp,
} from '../../../test/support/test-app.js';

const testApp = useTestApp();

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  testApp.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('sign-up', () => {
  it('creates an account and starts a session in an HttpOnly, SameSite=Lax cookie', async () => {
    const email = uniqueEmail();
    const response = await post('/api/auth/sign-up', {
      email: ` ${email.toUpperCase()} `,
      password: strongPassword,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().account).toMatchObject({
      email,
      role: 'person',
      profile: { timeZone: 'UTC' },
    });
    const cookie = response.cookies.find((c) => c.name === 'ketalog_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const me = await testApp.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `ketalog_session=${cookie?.value}` },
    });
    expect(me.json().account.email).toBe(email);
  });

  it('marks the cookie Secure when served over HTTPS behind a trusted proxy', async () => {
    const proxied = await createTestApp({ trustProxy: 1 });
    const response = await proxied.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: uniqueEmail(), password: strongPassword },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.cookies.find((c) => c.name === 'ketalog_session')?.secure).toBe(true);
    await proxied.close();
  });

  it('refuses a weak password with a helpful message and creates nothing', async () => {
    const email = uniqueEmail();
    const response = await post('/api/auth/sign-up', { email, password: 'password1' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'weak_password',
      details: [{ path: 'password' }],
    });
    expect(response.json().error.message).toMatch(/at least 12 characters/);
    const signIn = await post('/api/auth/sign-in', { email, password: 'password1' });
    expect(signIn.statusCode).toBe(401);
  });

  it('lists each invalid field', async () => {
    const response = await post('/api/auth/sign-up', { email: 'not-an-email', password: 42 });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.map((detail: { path: string }) => detail.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('refuses a second account with the same email', async () => {
    const { email } = await signUpPerson(testApp.app);
    const response = await post('/api/auth/sign-up', { email, password: strongPassword });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('email_taken');
  });
});

describe('sign-in', () => {
  it('gives the same answer for an unknown email and a wrong password', async () => {
    const { email } = await signUpPerson(testApp.app);
    const wrongPassword = await post('/api/auth/sign-in', {
      email,
      password: 'not the password at all',
    });
    const unknownEmail = await post('/api/auth/sign-in', {
      email: uniqueEmail(),
      password: 'not the password at all',
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(unknownEmail.body).toBe(wrongPassword.body);
    expect(wrongPassword.json().error).toMatchObject({
      code: 'invalid_credentials',
      reason: 'wrong-sign-in',
    });
  });

  it('signs in with the right password', async () => {
    const { email } = await signUpPerson(testApp.app);
    const response = await post('/api/auth/sign-in', { email, password: strongPassword });
    expect(response.statusCode).toBe(200);
    expect(response.json().account.email).toBe(email);
  });

  it('answers 429 once 30 fast failed sign-ins exceed the limit', async () => {
    const limited = await createTestApp({ authRateLimit: { max: 10, windowMinutes: 15 } });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 30; attempt++) {
      const response = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'someone@example.org', password: `guess number ${attempt}` },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(response.json().error.code).toBe('rate_limited');
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(10).every((status) => status === 429)).toBe(true);
    await limited.close();
  });
});

describe('rate limits across app servers', () => {
  it('counts attempts in the database, so a second server on it enforces the same limit', async () => {
    const first = await createTestApp({ authRateLimit: { max: 5, windowMinutes: 15 } });
    const second = await buildApp({
      config: testConfig({ authRateLimit: { max: 5, windowMinutes: 15 } }),
      database: first.database,
    });
    const signIn = (app: typeof first.app) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'shared@example.org', password: 'a wrong guess here' },
      });
    const statuses = [];
    for (const app of [first.app, second, first.app, second, first.app, second, first.app]) {
      statuses.push((await signIn(app)).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const stored = await first.database.db.selectFrom('rate_limit_hits').selectAll().execute();
    expect(stored.map((row) => row.key_hash).join()).not.toContain('127.0.0.1');
    await second.close();
    await first.close();
  });
});

describe('sessions', () => {
  it('ends the session on sign-out, so the old cookie no longer works', async () => {
    const { cookie } = await signUpPerson(testApp.app);
    const signOut = await post('/api/auth/sign-out', {}, { cookie });
    expect(signOut.statusCode).toBe(204);
    const me = await testApp.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe('unauthenticated');
  });

  it('refuses an invented session token', async () => {
    const me = await testApp.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: 'ketalog_session=made-up' },
    });
    expect(me.statusCode).toBe(401);
  });

  it('changing the password ends every other session and keeps this device signed in', async () => {
    const { email, cookie } = await signUpPerson(testApp.app);
    const other = await post('/api/auth/sign-in', { email, password: strongPassword });
    const otherCookie = `ketalog_session=${other.cookies[0]?.value}`;
    const newPassword = 'harbour lantern 77 quietly';
    const wrong = await post(
      '/api/me/password',
      { currentPassword: 'wrong one entirely', newPassword },
      { cookie },
    );
    expect(wrong.statusCode).toBe(401);
    const change = await post(
      '/api/me/password',
      { currentPassword: strongPassword, newPassword },
      { cookie },
    );
    expect(change.statusCode).toBe(200);
    const freshCookie = `ketalog_session=${change.cookies[0]?.value}`;
    for (const stale of [cookie, otherCookie]) {
      expect(
        (await testApp.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: stale } }))
          .statusCode,
      ).toBe(401);
    }
    expect(
      (
        await testApp.app.inject({
          method: 'GET',
          url: '/api/me',
          headers: { cookie: freshCookie },
        })
      ).statusCode,
    ).toBe(200);
    expect((await post('/api/auth/sign-in', { email, password: strongPassword })).statusCode).toBe(
      401,
    );
    expect((await post('/api/auth/sign-in', { email, password: newPassword })).statusCode).toBe(
      200,
    );
  });
});

describe('profile', () => {
  it('saves display name, country and time zone, and refuses invalid ones', async () => {
    const { cookie } = await signUpPerson(testApp.app);
    const update = (payload: object) =>
      testApp.app.inject({ method: 'PATCH', url: '/api/me', payload, headers: { cookie } });
    const saved = await update({ displayName: 'Sam', country: 'gb', timeZone: 'Europe/London' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().account.profile).toEqual({
      displayName: 'Sam',
      country: 'GB',
      timeZone: 'Europe/London',
      weightKg: null,
    });
    expect((await update({ timeZone: 'Mars/Olympus' })).statusCode).toBe(400);
    expect((await update({ country: 'GBR' })).statusCode).toBe(400);
    expect((await update({ role: 'admin' })).statusCode).toBe(400);
    const me = await testApp.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json().account).toMatchObject({
      role: 'person',
      profile: { timeZone: 'Europe/London', country: 'GB' },
    });
  });
});

describe('account deletion', () => {
  it('needs the password, then removes the account and its sessions so it can no longer sign in', async () => {
    const { email, cookie, userId } = await signUpPerson(testApp.app);
    const remove = (password: string) =>
      testApp.app.inject({
        method: 'DELETE',
        url: '/api/me',
        payload: { password },
        headers: { cookie },
      });
    expect((await remove('not my password')).statusCode).toBe(401);
    expect((await remove(strongPassword)).statusCode).toBe(204);
    expect((await post('/api/auth/sign-in', { email, password: strongPassword })).statusCode).toBe(
      401,
    );
    const db = testApp.database.db;
    expect(await db.selectFrom('users').select('id').where('id', '=', userId).execute()).toEqual(
      [],
    );
    expect(
      await db.selectFrom('sessions').select('user_id').where('user_id', '=', userId).execute(),
    ).toEqual([]);
  });
});

describe('cross-site requests', () => {
  it('refuses a state-changing request from another origin and allows the same origin', async () => {
    const foreign = await post(
      '/api/auth/sign-in',
      { email: uniqueEmail(), password: strongPassword },
      { origin: 'https://evil.example', host: 'localhost:80' },
    );
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('origin_refused');
    const crossSite = await post('/api/auth/sign-out', {}, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.statusCode).toBe(403);
    const same = await post(
      '/api/auth/sign-in',
      { email: uniqueEmail(), password: strongPassword },
      { origin: 'http://localhost:80', host: 'localhost:80' },
    );
    expect(same.statusCode).toBe(401);
  });
});
