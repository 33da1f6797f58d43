/**
 * Takes the README's phone-size screenshots from a real server holding the demo account:
 *   node scripts/build.mjs && npx tsx scripts/screenshots.ts
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { runKetalog, startServerProcess } from '../test/support/server-process.js';

const outDir = path.resolve(import.meta.dirname, '../docs/screenshots');
const dataDir = await mkdtemp(path.join(tmpdir(), 'ketalog-shots-'));
const demo = runKetalog(['demo'], { KETALOG_DATA_DIR: dataDir });
if ((await demo.exited) !== 0) throw new Error(`ketalog demo failed:\n${demo.output()}`);
const email = /email:\s+(\S+)/.exec(demo.output())![1]!;
const password = /password:\s+(.+)/.exec(demo.output())![1]!.trim();
const server = await startServerProcess({ KETALOG_DATA_DIR: dataDir });
const browser = await chromium.launch({
  executablePath: process.env.KETALOG_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  await mkdir(outDir, { recursive: true });
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    locale: 'en-GB',
    baseURL: server.url,
  });
  const page = await context.newPage();
  const signIn = await page.request.post('/api/auth/sign-in', { data: { email, password } });
  if (!signIn.ok()) throw new Error(`demo sign-in failed: ${signIn.status()}`);
  // Tonight's session, so that Levels has a curve to show: the demo history ends yesterday.
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  await page.request.post('/api/doses', {
    data: { takenAt: minutesAgo(95), mg: 60, route: 'insufflated', setting: 'home' },
  });
  await page.request.post('/api/doses', {
    data: { takenAt: minutesAgo(35), mg: 50, route: 'insufflated', setting: 'home' },
  });
  for (const [name, url] of [
    ['today', '/'],
    ['history', '/history'],
    ['levels', '/levels'],
    ['combinations', '/combinations'],
    ['learn-withdrawal', '/learn/withdrawal'],
    ['get-help', '/help'],
  ] as const) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(outDir, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
