import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKetalog, startServerProcess } from './support/server-process.js';
import { freshServerEnv, strongPassword } from './support/test-app.js';

let folder: string;
let databaseEnv: () => Promise<Record<string, string>>;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'ketalog-backup-'));
  let dataDirs = 0;
  databaseEnv = () => freshServerEnv(path.join(folder, `data-${(dataDirs += 1)}`));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const json = { 'content-type': 'application/json' };
const email = `backup-${Date.now()}@example.org`;

async function signIn(url: string, password = strongPassword): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

async function exported(url: string, cookie: string) {
  const body = (await (
    await fetch(`${url}/api/me/export`, { headers: { cookie } })
  ).json()) as Record<string, unknown>;
  delete body.exportedAt;
  return body;
}

describe('ketalog backup and restore', () => {
  it('round-trips every account and entry into an empty database, and refuses a full one', async () => {
    const sourceEnv = await databaseEnv();
    const server = await startServerProcess(sourceEnv);
    const signUp = await fetch(`${server.url}/api/auth/sign-up`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email, password: strongPassword }),
    });
    const cookie = signUp.headers.get('set-cookie')!.split(';')[0]!;
    const { recoveryCodes } = (await signUp.json()) as { recoveryCodes: string[] };
    const post = (url: string, method: string, body: object) =>
      fetch(`${server.url}${url}`, {
        method,
        headers: { ...json, cookie },
        body: JSON.stringify(body),
      });
    await post('/api/doses', 'POST', {
      takenAt: new Date(Date.now() - 3_600_000).toISOString(),
      mg: 35,
      route: 'insufflated',
      coUse: [{ substance: 'alcohol', amount: 2, unit: 'drinks' }],
      notes: 'with Sam 🙂',
    });
    await post('/api/check-ins', 'POST', {
      date: new Date().toISOString().slice(0, 10),
      craving: 6,
      symptoms: { anxiety: 2 },
      selfHarmThoughts: false,
    });
    await post('/api/plan', 'PUT', {
      goal: 'cut-down',
      startDate: new Date().toISOString().slice(0, 10),
      reasons: ['my bladder'],
      people: [{ name: 'Alex', phone: '+44 20 7946 0000' }],
    });
    const original = await exported(server.url, cookie);

    const file = path.join(folder, `backup-${Date.now()}.json`);
    const whileServing = runKetalog(['backup', file], sourceEnv);
    if ('KETALOG_DATA_DIR' in sourceEnv) {
      // The embedded database is single-process: a clear refusal, and the server keeps serving.
      expect(await whileServing.exited).toBe(2);
      expect(whileServing.output()).toMatch(/stop the server first/);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      expect(await server.stop()).toBe(0);
      const stopped = runKetalog(['backup', file], sourceEnv);
      expect(await stopped.exited, stopped.output()).toBe(0);
    } else {
      expect(await whileServing.exited, whileServing.output()).toBe(0);
      expect(await server.stop()).toBe(0);
    }
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const again = runKetalog(['backup', file], sourceEnv);
    expect(await again.exited).toBe(2);
    expect(again.output()).toMatch(/already exists/);

    const restoredEnv = await databaseEnv();
    // A server once started on the empty database has made a secret of its own.
    const firstStart = await startServerProcess(restoredEnv);
    expect(await firstStart.stop()).toBe(0);
    const restore = runKetalog(['restore', file], restoredEnv);
    expect(await restore.exited, restore.output()).toBe(0);
    expect(restore.output()).toMatch(/Restored 1 users, .*\b1 doses\b/);
    expect(restore.output()).not.toMatch(/\b0 /);
    const twice = runKetalog(['restore', file], restoredEnv);
    expect(await twice.exited).toBe(2);
    expect(twice.output()).toMatch(/already holds accounts/);
    const notABackup = runKetalog(
      ['restore', path.join(import.meta.dirname, '../package.json')],
      restoredEnv,
    );
    expect(await notABackup.exited).toBe(2);
    expect(notABackup.output()).toMatch(/is not a Ketalog backup/);

    const restored = await startServerProcess(restoredEnv);
    try {
      expect(await exported(restored.url, await signIn(restored.url))).toEqual(original);
      // The recovery codes and the secret they are keyed with came back too: a code still works.
      const newPassword = `${strongPassword} restored`;
      const reset = await fetch(`${restored.url}/api/auth/reset-password`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email, recoveryCode: recoveryCodes[0], newPassword }),
      });
      expect(reset.status, await reset.text()).toBe(200);
      expect(await signIn(restored.url, newPassword)).toMatch(/^ketalog_session=/);
    } finally {
      expect(await restored.stop()).toBe(0);
    }
  }, 180_000);
});
