import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKetalog, startServerProcess } from './support/server-process.js';
import { strongPassword } from './support/test-app.js';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ketalog-data-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const json = { 'content-type': 'application/json' };

describe('ketalog serve on the embedded database', () => {
  it('keeps data across restarts and closes cleanly on SIGTERM and SIGINT', async () => {
    const first = await startServerProcess({ KETALOG_DATA_DIR: dataDir });
    const health = await (await fetch(`${first.url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'pglite' });
    const signUp = await fetch(`${first.url}/api/auth/sign-up`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'restart@example.org', password: strongPassword }),
    });
    expect(signUp.status).toBe(201);
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.output()).toMatch(/closing the database cleanly/);
    expect(existsSync(path.join(dataDir, 'ketalog.lock'))).toBe(false);

    const second = await startServerProcess({ KETALOG_DATA_DIR: dataDir });
    const signIn = await fetch(`${second.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'restart@example.org', password: strongPassword }),
    });
    expect(signIn.status).toBe(200);
    const page = await fetch(`${second.url}/history`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await second.stop('SIGINT')).toBe(0);
    // Two PGlite start-ups: about 13 s alone, over 30 s beside the rest of the suite on two cores.
  }, 120_000);

  it('refuses a second process on the same data directory with a clear message', async () => {
    const owner = await startServerProcess({ KETALOG_DATA_DIR: dataDir });
    const intruder = runKetalog(['migrate'], { KETALOG_DATA_DIR: dataDir });
    expect(await intruder.exited).toBe(2);
    expect(intruder.output()).toMatch(/in use by another Ketalog process \(pid \d+\)/);
    const stillServing = await fetch(`${owner.url}/api/health`);
    expect(stillServing.status).toBe(200);
    expect(await owner.stop()).toBe(0);
  }, 120_000);

  it('tells a person at a terminal where the app is in one line, without a line per request', async () => {
    const server = await startServerProcess({
      KETALOG_DATA_DIR: dataDir,
      KETALOG_LOG_LEVEL: 'info',
      KETALOG_LOG_FORMAT: 'text',
    });
    for (const url of ['/api/health', '/', '/learn']) await (await fetch(server.url + url)).text();
    expect(await server.stop()).toBe(0);
    const lines = server.output().trim().split('\n');
    expect(lines[0]).toMatch(
      /^Ketalog is running at http:\/\/\S+ \(database: pglite\)\. Press Ctrl-C to stop\.$/,
    );
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^Received SIGTERM; closing/)]);
  });

  it('writes JSON log lines, one per request, when its output is not a terminal', async () => {
    const server = await startServerProcess({
      KETALOG_DATA_DIR: dataDir,
      KETALOG_LOG_LEVEL: 'info',
    });
    await (await fetch(`${server.url}/api/health?email=secret@example.org`)).text();
    expect(await server.stop()).toBe(0);
    const records = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg: string; req?: { path: string } });
    expect(records.find((record) => record.msg === 'incoming request')?.req?.path).toBe(
      '/api/health',
    );
    expect(server.output()).not.toContain('secret@example.org');
  });

  it('keeps the data directory owner-only and tightens a looser one at start, saying so', async () => {
    const modes = async () => {
      const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
      const found = await Promise.all(
        entries.map(async (entry) => {
          const full = path.join(entry.parentPath, entry.name);
          return { full, directory: entry.isDirectory(), mode: (await stat(full)).mode & 0o777 };
        }),
      );
      return [
        { full: dataDir, directory: true, mode: (await stat(dataDir)).mode & 0o777 },
        ...found,
      ];
    };
    const first = await startServerProcess({ KETALOG_DATA_DIR: dataDir });
    const firstExit = await first.stop();
    expect(firstExit, first.output()).toBe(0);
    const loose = (await modes()).filter(({ mode }) => (mode & 0o077) !== 0);
    expect(loose).toEqual([]);
    expect((await modes()).length).toBeGreaterThan(100);

    await chmod(dataDir, 0o755);
    const someFile = (await modes()).find((entry) => !entry.directory)!;
    await chmod(someFile.full, 0o666);
    const server = await startServerProcess({ KETALOG_DATA_DIR: dataDir });
    expect(server.output()).toMatch(/Tightened the permissions of 2 file\(s\) and folder\(s\)/);
    expect(await server.stop()).toBe(0);
    expect((await modes()).filter(({ mode }) => (mode & 0o077) !== 0)).toEqual([]);
  }, 120_000);

  it('stops at start-up on a bad setting, naming the variable', async () => {
    const bad = runKetalog(['serve'], { KETALOG_PORT: 'eighty', KETALOG_DATA_DIR: dataDir });
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toMatch(/KETALOG_PORT/);
  });
});

describe('the ketalog command', () => {
  it('prints its version and help, and rejects an unknown command', async () => {
    const version = runKetalog(['--version']);
    expect(await version.exited).toBe(0);
    expect(version.output().trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = runKetalog(['--help']);
    expect(await help.exited).toBe(0);
    expect(help.output()).toMatch(/serve[\s\S]*migrate/);
    const unknown = runKetalog(['fly']);
    expect(await unknown.exited).toBe(2);
    expect(unknown.output()).toMatch(/Unknown command "fly"/);
  });
});
