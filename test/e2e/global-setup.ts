import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runKetalog, startServerProcess } from '../support/server-process.js';

export const chromiumPath = process.env.KETALOG_CHROMIUM ?? '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string | null;
    /** The join code of a clinic made with `ketalog clinic create` before the server started. */
    e2eClinicJoinCode: string | null;
  }
}

/**
 * Serves the built app from a real `ketalog serve` on a fresh embedded database. Without
 * Chromium the browser tests cannot run: in CI that fails the run; elsewhere it says so loudly.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(chromiumPath)) {
    const message = `Chromium not found at ${chromiumPath}: the browser tests cannot run. Install it with "apt-get install chromium" (or set KETALOG_CHROMIUM).`;
    if (process.env.CI) throw new Error(message);
    console.warn(
      `\n${'!'.repeat(80)}\n!! ${message}\n!! SKIPPING ALL BROWSER TESTS.\n${'!'.repeat(80)}\n`,
    );
    project.provide('e2eBaseUrl', null);
    project.provide('e2eClinicJoinCode', null);
    return;
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ketalog-e2e-'));
  // As an operator does it: the clinic is made on the embedded database before the app starts.
  const clinic = runKetalog(['clinic', 'create', 'Riverside Clinic', '--json'], {
    KETALOG_DATA_DIR: dataDir,
  });
  if ((await clinic.exited) !== 0) throw new Error(`clinic create failed:\n${clinic.output()}`);
  const { joinCode } = JSON.parse(clinic.output().trim().split('\n').at(-1)!) as {
    joinCode: string;
  };
  project.provide('e2eClinicJoinCode', joinCode);
  const server = await startServerProcess({
    KETALOG_DATA_DIR: dataDir,
    KETALOG_AUTH_RATE_LIMIT: '1000',
  });
  project.provide('e2eBaseUrl', server.url);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
