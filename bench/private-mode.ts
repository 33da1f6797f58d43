/**
 * How long private mode takes to open in this machine's Chromium, against the targets of
 * 3 s for the first open and 1.5 s for a later one. First open: from pressing "Start
 * private mode" (the passphrase typed) until Today shows, with PGlite fetched and compiled,
 * the shipped empty database loaded, the person created and the first snapshot sealed.
 * Later open: from pressing "Unlock" after a reload until Today shows (key derivation,
 * decryption, loading the data directory, checking migrations). Each is measured with the
 * button pressed at once and after 3 s (someone typing their passphrase, while the worker
 * fetches PGlite), in a fresh browser profile each round.
 * Run after a build: node scripts/build.mjs && npx tsx bench/private-mode.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startServerProcess } from '../test/support/server-process.js';

const passphrase = 'lantern orchard 58 quietly';
const rounds = 3;
const typingMs = 3_000;

async function timed(page: Page, button: string, waitBeforeMs: number): Promise<number> {
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.waitForTimeout(waitBeforeMs);
  const started = performance.now();
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('heading', { name: 'Log a dose' }).waitFor({ timeout: 60_000 });
  return performance.now() - started;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const dataDir = await mkdtemp(path.join(tmpdir(), 'ketalog-bench-private-'));
const server = await startServerProcess({ KETALOG_DATA_DIR: dataDir });
const browser = await chromium.launch({
  executablePath: process.env.KETALOG_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
// Other work on the machine slows every figure; it is printed with them.
console.log(
  `load average at start: ${loadavg()
    .map((load) => load.toFixed(1))
    .join(', ')}`,
);
try {
  for (const waitBeforeMs of [0, typingMs]) {
    const first: number[] = [];
    const later: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const context = await browser.newContext({ baseURL: server.url });
      const page = await context.newPage();
      await page.goto('/sign-in');
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.getByRole('button', { name: 'Use on this device only — no account' }).click();
      await page.getByRole('heading', { name: 'Private mode on this device' }).waitFor();
      first.push(await timed(page, 'Start private mode', waitBeforeMs));
      await page.reload();
      await page.getByRole('heading', { name: 'Unlock private mode' }).waitFor();
      later.push(await timed(page, 'Unlock', waitBeforeMs));
      await context.close();
    }
    const when = waitBeforeMs === 0 ? 'pressed at once' : `pressed after ${typingMs / 1000} s`;
    console.log(
      `private mode, first open (${when}): median ${seconds(median(first))} of ${first.map(seconds).join(', ')} (target 3 s)`,
    );
    console.log(
      `private mode, later open (${when}): median ${seconds(median(later))} of ${later.map(seconds).join(', ')} (target 1.5 s)`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
