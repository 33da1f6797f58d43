import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  strongPassword,
  uniqueEmail,
  type TestApp,
} from '../../../test/support/test-app.js';
import { startSmtpInbox } from '../../../test/support/smtp-inbox.js';

const newPassword = 'brass kettle under willow';

async function signUpWithCodes(testApp: TestApp) {
  const email = uniqueEmail();
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    payload: { email, password: strongPassword },
  });
  expect(response.statusCode).toBe(201);
  const cookie = `ketalog_session=${response.cookies.find((c) => c.name === 'ketalog_session')?.value}`;
  return { email, cookie, codes: response.json().recoveryCodes as string[] };
}

const post = (testApp: TestApp, url: string, payload: object, headers = {}) =>
  testApp.app.inject({ method: 'POST', url, payload, headers });
const statusOfMe = async (testApp: TestApp, cookie: string) =>
  (await testApp.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode;

describe('recovery codes', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('are given once at sign-up and stored only as hashes', async () => {
    const { codes } = await signUpWithCodes(testApp);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const stored = await testApp.database.db
      .selectFrom('recovery_codes')
      .select('code_hash')
      .execute();
    // Each: a random 32-bit salt, then the keyed hash.
    for (const row of stored) expect(row.code_hash).toMatch(/^[\w-]{6}\.[\w-]{43}$/);
    const storedText = stored.map((row) => row.code_hash).join(' ');
    for (const code of codes) {
      expect(storedText).not.toContain(code);
      expect(storedText).not.toContain(code.replace('-', ''));
    }
  });

  it('reset the password once each, end every session, and sign this device in', async () => {
    const { email, cookie, codes } = await signUpWithCodes(testApp);
    const reset = (recoveryCode: string, password = newPassword) =>
      post(testApp, '/api/auth/reset-password', { email, recoveryCode, newPassword: password });
    // A weak new password is refused without using the code up.
    const weak = await reset(codes[0]!, 'password1234');
    expect(weak.statusCode).toBe(400);
    const done = await reset(` ${codes[0]!.toUpperCase()} `);
    expect(done.statusCode).toBe(200);
    expect(await statusOfMe(testApp, cookie)).toBe(401);
    const fresh = `ketalog_session=${done.cookies.find((c) => c.name === 'ketalog_session')?.value}`;
    expect(await statusOfMe(testApp, fresh)).toBe(200);
    expect(
      (await post(testApp, '/api/auth/sign-in', { email, password: newPassword })).statusCode,
    ).toBe(200);
    expect(
      (await post(testApp, '/api/auth/sign-in', { email, password: strongPassword })).statusCode,
    ).toBe(401);
    const again = await reset(codes[0]!, 'another fine passphrase');
    expect(again.statusCode).toBe(401);
    expect(again.json().error.details).toEqual([expect.objectContaining({ path: 'recoveryCode' })]);
  });

  it("do not open another person's account", async () => {
    const victim = await signUpWithCodes(testApp);
    const attacker = await signUpWithCodes(testApp);
    const response = await post(testApp, '/api/auth/reset-password', {
      email: victim.email,
      recoveryCode: attacker.codes[0],
      newPassword,
    });
    expect(response.statusCode).toBe(401);
    expect(await statusOfMe(testApp, victim.cookie)).toBe(200);
  });

  it('can be made anew in Settings with the password; the old ones stop working', async () => {
    const { email, cookie, codes } = await signUpWithCodes(testApp);
    const wrong = await post(
      testApp,
      '/api/me/recovery-codes',
      { password: 'not the password' },
      { cookie },
    );
    expect(wrong.statusCode).toBe(401);
    const renewed = await post(
      testApp,
      '/api/me/recovery-codes',
      { password: strongPassword },
      { cookie },
    );
    expect(renewed.statusCode).toBe(200);
    const fresh = renewed.json().recoveryCodes as string[];
    expect(fresh).toHaveLength(10);
    const old = await post(testApp, '/api/auth/reset-password', {
      email,
      recoveryCode: codes[1],
      newPassword,
    });
    expect(old.statusCode).toBe(401);
    const current = await post(testApp, '/api/auth/reset-password', {
      email,
      recoveryCode: fresh[1],
      newPassword,
    });
    expect(current.statusCode).toBe(200);
  });

  it('count wrong codes against the account limit', async () => {
    const limited = await createTestApp({ accountFailureLimit: 3 });
    const { email, codes } = await signUpWithCodes(limited);
    const statuses = [];
    for (const guess of ['aaaaa-aaaaa', 'bbbbb-bbbbb', 'ccccc-ccccc', codes[0]]) {
      const response = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/reset-password',
        payload: { email, recoveryCode: guess, newPassword },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    await limited.close();
  });

  it('say that reset by email is off when no mail server is set', async () => {
    expect(
      (await testApp.app.inject({ method: 'GET', url: '/api/auth/recovery-options' })).json(),
    ).toEqual({
      emailLink: false,
    });
    const response = await post(testApp, '/api/auth/forgot-password', { email: uniqueEmail() });
    expect(response.statusCode).toBe(404);
  });
});

describe('reset by email', () => {
  let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
  let testApp: TestApp;
  beforeAll(async () => {
    inbox = await startSmtpInbox();
    testApp = await createTestApp({
      publicUrl: new URL('http://localhost'),
      mail: { smtpUrl: inbox.url, from: 'Ketalog <no-reply@localhost>' },
    });
  });
  afterAll(async () => {
    await testApp.close();
    await inbox.close();
  });

  const linkToken = (raw: string) => {
    const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const match = /http:\/\/localhost\/reset-password#token=([A-Za-z0-9_-]+)/.exec(unfolded);
    if (!match?.[1]) throw new Error(`no reset link in:\n${raw}`);
    return match[1];
  };

  it('sends a single-use link that resets the password and ends every session', async () => {
    expect(
      (await testApp.app.inject({ method: 'GET', url: '/api/auth/recovery-options' })).json(),
    ).toEqual({
      emailLink: true,
    });
    const { email, cookie } = await signUpWithCodes(testApp);
    const asked = await post(testApp, '/api/auth/forgot-password', { email });
    expect(asked.statusCode).toBe(202);
    const [mail] = await inbox.waitFor(email);
    expect(mail!.to).toEqual([email]);
    const token = linkToken(mail!.raw);
    const stored = await testApp.database.db
      .selectFrom('password_reset_tokens')
      .select('token_hash')
      .execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(token);

    const weak = await post(testApp, '/api/auth/reset-password', {
      token,
      newPassword: 'password1234',
    });
    expect(weak.statusCode).toBe(400);
    const used = await post(testApp, '/api/auth/reset-password', { token, newPassword });
    expect(used.statusCode).toBe(200);
    expect(await statusOfMe(testApp, cookie)).toBe(401);
    expect(
      (await post(testApp, '/api/auth/sign-in', { email, password: newPassword })).statusCode,
    ).toBe(200);
    const twice = await post(testApp, '/api/auth/reset-password', {
      token,
      newPassword: 'a second new passphrase',
    });
    expect(twice.statusCode).toBe(401);
  });

  it('tells the owner by email when the password is changed or reset, or codes are made anew', async () => {
    const { email, cookie } = await signUpWithCodes(testApp);
    const subjects = async (count: number) =>
      (await inbox.waitFor(email, count)).map((mail) => /^Subject: (.*)$/m.exec(mail.raw)?.[1]);
    const changed = await post(
      testApp,
      '/api/me/password',
      { currentPassword: strongPassword, newPassword },
      { cookie },
    );
    expect(changed.statusCode).toBe(200);
    const fresh = `ketalog_session=${changed.cookies.find((c) => c.name === 'ketalog_session')?.value}`;
    const renewed = await post(
      testApp,
      '/api/me/recovery-codes',
      { password: newPassword },
      { cookie: fresh },
    );
    const reset = await post(testApp, '/api/auth/reset-password', {
      email,
      recoveryCode: renewed.json().recoveryCodes[0],
      newPassword: 'another fine passphrase',
    });
    expect(reset.statusCode).toBe(200);
    expect((await subjects(3)).sort()).toEqual([
      'New Ketalog recovery codes were made',
      'Your Ketalog password was changed',
      'Your Ketalog password was reset',
    ]);
  });

  it('answers the same for an email without an account, and sends nothing', async () => {
    const nobody = uniqueEmail('nobody');
    const response = await post(testApp, '/api/auth/forgot-password', { email: nobody });
    expect(response.statusCode).toBe(202);
    expect(response.body).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(inbox.messages.filter((mail) => mail.to.includes(nobody))).toEqual([]);
  });

  it('refuses a link past its 10 minutes', async () => {
    const { email } = await signUpWithCodes(testApp);
    await post(testApp, '/api/auth/forgot-password', { email });
    const [mail] = await inbox.waitFor(email);
    const token = linkToken(mail!.raw);
    await testApp.database.db
      .updateTable('password_reset_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const late = await post(testApp, '/api/auth/reset-password', { token, newPassword });
    expect(late.statusCode).toBe(401);
    expect(late.json().error.message).toMatch(/expired/);
  });
});
