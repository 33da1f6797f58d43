import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from './support/server-process.js';
import { freshDatabaseTarget, strongPassword } from './support/test-app.js';

/**
 * Writes under load, then the server is killed (kill -9) or stopped (SIGTERM) mid-load and
 * started again on the same database: every write it acknowledged must still be there.
 * Bounded: a second or two of load per stop, four writers.
 */

const writers = 4;
const loadMs = 1_500;
let serverEnv: Record<string, string>;
let cleanup = async () => {};

beforeAll(async () => {
  const target = await freshDatabaseTarget();
  if (target.kind === 'postgres') {
    serverEnv = { DATABASE_URL: target.url };
  } else {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ketalog-crash-'));
    serverEnv = { KETALOG_DATA_DIR: dataDir };
    cleanup = () => rm(dataDir, { recursive: true, force: true });
  }
});
afterAll(() => cleanup());

const start = () =>
  startServerProcess({
    ...serverEnv,
    KETALOG_AUTH_RATE_LIMIT: '1000',
    KETALOG_WRITE_QUOTA: '1000000',
  });

async function signUp(url: string, index: number): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `crash-${index}-${Date.now()}@example.org`,
      password: strongPassword,
    }),
  });
  expect(response.status).toBe(201);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

/** Each writer logs doses back to back until told to stop or the server goes away. */
async function writeUntilStopped(
  url: string,
  cookies: string[],
  stopAfterMs: number,
  stop: () => void,
) {
  const acknowledged = new Map<string, Set<string>>();
  let running = true;
  const timer = setTimeout(() => {
    stop();
  }, stopAfterMs);
  const writer = async (cookie: string, writerIndex: number) => {
    const mine = new Set<string>();
    acknowledged.set(cookie, mine);
    for (let sequence = 0; running; sequence++) {
      const notes = `w${writerIndex}-${sequence}-${Date.now()}`;
      try {
        const response = await fetch(`${url}/api/doses`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ takenAt: new Date().toISOString(), mg: 10, route: 'oral', notes }),
        });
        if (response.status === 201) mine.add(notes);
        else running = false;
      } catch {
        running = false; // the server is gone: anything unacknowledged may or may not be stored
      }
    }
  };
  await Promise.all(cookies.map((cookie, index) => writer(cookie, index)));
  clearTimeout(timer);
  return acknowledged;
}

async function storedNotes(url: string, cookie: string): Promise<Set<string>> {
  const notes = new Set<string>();
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&before=${encodeURIComponent(cursor)}` : '';
    const page = (await (
      await fetch(`${url}/api/doses?limit=500${query}`, { headers: { cookie } })
    ).json()) as {
      doses: Array<{ notes: string | null }>;
      nextCursor: string | null;
    };
    for (const dose of page.doses) if (dose.notes) notes.add(dose.notes);
    cursor = page.nextCursor;
  } while (cursor);
  return notes;
}

async function lostAfterRestart(acknowledged: Map<string, Set<string>>) {
  const restarted = await start();
  let lost = 0;
  let total = 0;
  for (const [cookie, notes] of acknowledged) {
    const stored = await storedNotes(restarted.url, cookie);
    for (const note of notes) {
      total += 1;
      if (!stored.has(note)) lost += 1;
    }
  }
  return { restarted, lost, total };
}

describe('a server stopped hard under load', () => {
  it('loses no acknowledged write to kill -9, restarts on the same data, and exits cleanly on SIGTERM mid-load', async () => {
    let server: ServerProcess = await start();
    const cookies: string[] = [];
    for (let index = 0; index < writers; index++) cookies.push(await signUp(server.url, index));

    const killed = server;
    const beforeKill = await writeUntilStopped(server.url, cookies, loadMs, () =>
      killed.child.kill('SIGKILL'),
    );
    expect(await killed.stop()).toBeNull();
    const afterKill = await lostAfterRestart(beforeKill);
    server = afterKill.restarted;
    expect(afterKill.total).toBeGreaterThan(20);
    expect(afterKill.lost).toBe(0);

    let exitCode: Promise<number | null> = Promise.resolve(null);
    const stopping = server;
    const beforeTerm = await writeUntilStopped(server.url, cookies, loadMs, () => {
      exitCode = stopping.stop('SIGTERM');
    });
    expect(await exitCode).toBe(0);
    expect(stopping.output()).toMatch(/closing the database cleanly/);
    const afterTerm = await lostAfterRestart(beforeTerm);
    expect(afterTerm.lost).toBe(0);
    console.log(
      `crash test: kill -9 after ${afterKill.total} acknowledged writes, ${afterKill.lost} lost; ` +
        `SIGTERM after ${afterTerm.total}, ${afterTerm.lost} lost, exit 0`,
    );
    expect(await afterTerm.restarted.stop()).toBe(0);
  }, 180_000);
});
