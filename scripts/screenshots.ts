/**
 * Takes the README's phone-size screenshots from a real server with a little sample data:
 *   node scripts/build.mjs && npx tsx scripts/screenshots.ts
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServerProcess } from '../test/support/server-process.js';

const outDir = path.resolve(import.meta.dirname, '../docs/screenshots');
const dataDir = await mkdtemp(path.join(tmpdir(), 'ketalog-shots-'));
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
  const post = (url: string, data: unknown) => page.request.post(url, { data });
  await post('/api/auth/sign-up', {
    email: 'sam@example.org',
    password: 'violet anchor meadow 42',
  });
  await page.request.patch('/api/me', {
    data: { displayName: 'Sam', country: 'GB', timeZone: 'Europe/London', weightKg: 68 },
  });
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  await post('/api/doses', {
    takenAt: minutesAgo(150),
    mg: 60,
    route: 'insufflated',
    coUse: [{ substance: 'beer', amount: 4, unit: 'units' }],
  });
  await post('/api/doses', { takenAt: minutesAgo(70), mg: 50, route: 'insufflated' });
  await post('/api/check-ins', {
    date: new Date().toISOString().slice(0, 10),
    craving: 6,
    mood: 4,
    painPassingUrine: 2,
    urinaryFrequency: 2,
  });
  for (const [name, url] of [
    ['today', '/'],
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
