import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKetalog, startServerProcess } from './support/server-process.js';
import { freshServerEnv } from './support/test-app.js';

let folder: string;
let env: Record<string, string>;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'ketalog-demo-'));
  env = await freshServerEnv(path.join(folder, 'data'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function runDemo() {
  const demo = runKetalog(['demo'], env);
  expect(await demo.exited, demo.output()).toBe(0);
  const output = demo.output();
  const email = /email:\s+(\S+)/.exec(output)?.[1];
  const password = /password:\s+(.+)/.exec(output)?.[1]?.trim();
  const doses = Number(/(\d+) doses/.exec(output)?.[1]);
  return { output, email: email!, password: password!, doses };
}

describe('ketalog demo', () => {
  it('creates a demo account with three months of history and says how to sign in', async () => {
    const first = await runDemo();
    expect(first.output).toMatch(/sign in with/);
    expect(first.doses).toBeGreaterThan(30);
    // A second run replaces the account: the old password stops working.
    const demo = await runDemo();
    expect(demo.password).not.toBe(first.password);

    const server = await startServerProcess(env);
    try {
      const signIn = (password: string) =>
        fetch(`${server.url}/api/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: demo.email, password }),
        });
      expect((await signIn(first.password)).status).toBe(401);
      const signedIn = await signIn(demo.password);
      expect(signedIn.status).toBe(200);
      const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
      const get = async <T>(url: string) =>
        (await fetch(`${server.url}${url}`, { headers: { cookie } })).json() as Promise<T>;

      const { doses } = await get<{ doses: { takenAt: string }[] }>('/api/doses?limit=500');
      expect(doses).toHaveLength(demo.doses);
      const spanDays =
        (Date.parse(doses[0]!.takenAt) - Date.parse(doses.at(-1)!.takenAt)) / 86_400_000;
      expect(spanDays).toBeGreaterThan(80);

      const { checkIns } = await get<{ checkIns: unknown[] }>('/api/check-ins');
      expect(checkIns.length).toBeGreaterThan(60);
      const { responses } = await get<{ responses: unknown[] }>(
        '/api/questionnaires/phq-9/responses',
      );
      expect(responses.length).toBeGreaterThanOrEqual(6);
      const plan = await get<{ plan: { goal: string } | null }>('/api/plan');
      expect(plan.plan?.goal).toBe('cut-down');

      // The story the demo tells shows on Today: use going up and the bladder complaining.
      const risk = await get<{ flags: { code: string }[] }>('/api/risk');
      const codes = risk.flags.map((flag) => flag.code);
      expect(codes).toEqual(expect.arrayContaining(['escalating-use', 'bladder-symptoms']));
    } finally {
      await server.stop();
    }
    // Two command runs and a server process: as long as the other process tests allow.
  }, 120_000);

  it('refuses arguments with exit code 2', async () => {
    const wrong = runKetalog(['demo', '--fast'], env);
    expect(await wrong.exited).toBe(2);
    expect(wrong.output()).toMatch(/demo takes no arguments/);
  });
});
