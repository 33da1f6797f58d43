import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { testConfig } from '../config.js';
import { signUpPerson, strongPassword, useTestApp } from '../../../test/support/test-app.js';

const testApp = useTestApp({ sessions: { idleMinutes: 30, maxHours: 12, perPerson: 3 } });

const phone =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
const laptop = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

async function signInOn(email: string, userAgent: string) {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password: strongPassword },
    headers: { 'user-agent': userAgent },
  });
  expect(response.statusCode).toBe(200);
  return `ketalog_session=${response.cookies.find((c) => c.name === 'ketalog_session')?.value}`;
}

const request = (method: 'GET' | 'DELETE', url: string, cookie: string) =>
  testApp.app.inject({ method, url, headers: { cookie } });
type Listed = { id: string; device: string; current: boolean; createdAt: string };
const listOf = async (cookie: string): Promise<Listed[]> =>
  (await request('GET', '/api/me/sessions', cookie)).json().sessions;

describe('the sessions list', () => {
  it('shows each device with created and last-used times, and marks this one', async () => {
    const { email } = await signUpPerson(testApp.app);
    const onPhone = await signInOn(email, phone);
    await signInOn(email, laptop);
    const sessions = await listOf(onPhone);
    expect(sessions.map((s) => s.device).sort()).toEqual(
      ['Chrome on Android', 'Firefox on Linux', 'lightMyRequest'].sort(),
    );
    expect(sessions.filter((s) => s.current).map((s) => s.device)).toEqual(['Chrome on Android']);
    expect(sessions[0]).toMatchObject({
      lastUsedAt: expect.any(String),
      createdAt: expect.any(String),
    });
  });

  it('signs out one session, and nobody else can end it', async () => {
    const { email } = await signUpPerson(testApp.app);
    const onPhone = await signInOn(email, phone);
    const onLaptop = await signInOn(email, laptop);
    const laptopSession = (await listOf(onPhone)).find((s) => s.device === 'Firefox on Linux')!;
    const stranger = await signUpPerson(testApp.app);
    const byStranger = await request(
      'DELETE',
      `/api/me/sessions/${laptopSession.id}`,
      stranger.cookie,
    );
    expect(byStranger.statusCode).toBe(404);
    expect((await request('GET', '/api/me', onLaptop)).statusCode).toBe(200);
    const ended = await request('DELETE', `/api/me/sessions/${laptopSession.id}`, onPhone);
    expect(ended.statusCode).toBe(204);
    expect((await request('GET', '/api/me', onLaptop)).statusCode).toBe(401);
    expect((await request('GET', '/api/me', onPhone)).statusCode).toBe(200);
  });

  it('signs out everywhere, this device included', async () => {
    const { email, cookie } = await signUpPerson(testApp.app);
    const onPhone = await signInOn(email, phone);
    const everywhere = await request('DELETE', '/api/me/sessions', onPhone);
    expect(everywhere.statusCode).toBe(204);
    for (const stale of [cookie, onPhone]) {
      expect((await request('GET', '/api/me', stale)).statusCode).toBe(401);
    }
  });

  it('keeps at most the configured number of sessions per person, dropping the oldest', async () => {
    const { email, cookie: first } = await signUpPerson(testApp.app);
    const later = [];
    for (let n = 0; n < 4; n++) later.push(await signInOn(email, laptop));
    expect((await request('GET', '/api/me', first)).statusCode).toBe(401);
    expect((await request('GET', '/api/me', later[0]!)).statusCode).toBe(401);
    for (const kept of later.slice(1)) {
      expect((await request('GET', '/api/me', kept)).statusCode).toBe(200);
    }
    expect(await listOf(later[3]!)).toHaveLength(3);
  });
});

describe('session lifetime', () => {
  const db = () => testApp.database.db;
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

  it('ends a session left unused for longer than the idle timeout', async () => {
    const { cookie, userId } = await signUpPerson(testApp.app);
    await db()
      .updateTable('sessions')
      .set({ last_used_at: minutesAgo(29) })
      .where('user_id', '=', userId)
      .execute();
    expect((await request('GET', '/api/me', cookie)).statusCode).toBe(200);
    // That use counted: the session is fresh again.
    const [touched] = await db()
      .selectFrom('sessions')
      .select('last_used_at')
      .where('user_id', '=', userId)
      .execute();
    expect(touched!.last_used_at.getTime()).toBeGreaterThan(minutesAgo(1).getTime());
    await db()
      .updateTable('sessions')
      .set({ last_used_at: minutesAgo(31) })
      .where('user_id', '=', userId)
      .execute();
    expect((await request('GET', '/api/me', cookie)).statusCode).toBe(401);
  });

  it('ends a session at its absolute lifetime even while in use', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: `lifetime-${Date.now()}@example.org`, password: strongPassword },
    });
    const sessionCookie = response.cookies.find((c) => c.name === 'ketalog_session')!;
    const hoursLeft = (sessionCookie.expires!.getTime() - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(11.9);
    expect(hoursLeft).toBeLessThanOrEqual(12);
    const cookie = `ketalog_session=${sessionCookie.value}`;
    await db()
      .updateTable('sessions')
      .set({ expires_at: minutesAgo(1) })
      .where('user_id', '=', response.json().account.id)
      .execute();
    expect((await request('GET', '/api/me', cookie)).statusCode).toBe(401);
  });

  it('purges ended sessions when an app server starts (and hourly after)', async () => {
    const { userId: idle } = await signUpPerson(testApp.app);
    const { userId: expired } = await signUpPerson(testApp.app);
    const { userId: live } = await signUpPerson(testApp.app);
    await db()
      .updateTable('sessions')
      .set({ last_used_at: minutesAgo(45) })
      .where('user_id', '=', idle)
      .execute();
    await db()
      .updateTable('sessions')
      .set({ expires_at: minutesAgo(5) })
      .where('user_id', '=', expired)
      .execute();
    const another = await buildApp({
      config: testConfig({ sessions: { idleMinutes: 30, maxHours: 12, perPerson: 3 } }),
      database: testApp.database,
    });
    await another.ready();
    const left = await db()
      .selectFrom('sessions')
      .select('user_id')
      .where('user_id', 'in', [idle, expired, live])
      .execute();
    expect(left.map((row) => row.user_id)).toEqual([live]);
    await another.close();
  });
});
