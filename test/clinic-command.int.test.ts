import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runKetalog, startServerProcess } from './support/server-process.js';
import { freshServerEnv, strongPassword } from './support/test-app.js';

/** The embedded database in a data directory, or a fresh PostgreSQL database: as run for real. */
const onPostgres = Boolean(inject('postgresTemplate'));
let folder: string;
let env: Record<string, string>;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'ketalog-clinic-'));
  env = await freshServerEnv(path.join(folder, 'data'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function ketalog(args: string[]) {
  const run = runKetalog(args, env);
  return { code: await run.exited, output: run.output() };
}

describe('ketalog clinic', () => {
  it('creates a clinic whose join code makes a clinician, and a new code retires the old one', async () => {
    const created = await ketalog(['clinic', 'create', 'Harbour Recovery Service', '--json']);
    expect(created.code, created.output).toBe(0);
    const { clinicId, joinCode } = JSON.parse(created.output.trim().split('\n').at(-1)!);
    expect(joinCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const server = await startServerProcess(env);
    try {
      if (!onPostgres) {
        // The embedded database belongs to the running server; the command says so and stops.
        const locked = await ketalog(['clinic', 'join-code', clinicId]);
        expect(locked.code).not.toBe(0);
        expect(locked.output).toMatch(/data directory|in use|already/i);
      }
      const signUp = await fetch(`${server.url}/api/auth/sign-up`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'clinician@example.org', password: strongPassword }),
      });
      const cookie = signUp.headers.get('set-cookie')!.split(';')[0]!;
      const join = (code: string) =>
        fetch(`${server.url}/api/clinic/join`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ code }),
        });
      const joined = await join(joinCode.toLowerCase());
      expect(joined.status).toBe(200);
      expect((await joined.json()).clinic).toEqual({
        id: clinicId,
        name: 'Harbour Recovery Service',
      });

      if (onPostgres) {
        // On PostgreSQL the operator can make a new code while the app runs.
        const renewed = await ketalog(['clinic', 'join-code', clinicId]);
        expect(renewed.code, renewed.output).toBe(0);
        const newCode = /Join code: (\S+)/.exec(renewed.output)![1]!;
        expect((await join(joinCode)).status).toBe(404);
        expect((await join(newCode)).status).toBe(200);
      }
    } finally {
      await server.stop();
    }
    if (!onPostgres) {
      const renewed = await ketalog(['clinic', 'join-code', clinicId]);
      expect(renewed.code, renewed.output).toBe(0);
      expect(renewed.output).toMatch(/Join code: [A-Z2-9-]{14}/);
    }
  }, 180_000);

  it('refuses a missing name, a bad id and an unknown clinic with a message and exit code 2', async () => {
    for (const args of [
      ['clinic', 'create'],
      ['clinic', 'join-code', 'not-an-id'],
      ['clinic', 'join-code', '00000000-0000-4000-8000-000000000000'],
    ]) {
      const refused = await ketalog(args);
      expect(refused.code, `${args.join(' ')}: ${refused.output}`).toBe(2);
      expect(refused.output).toMatch(/Usage|no clinic/);
    }
  }, 120_000);
});
