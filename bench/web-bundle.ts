/**
 * JavaScript a browser downloads on first load (the scripts index.html names, and the
 * chunks it preloads), gzipped, against DESIGN.md's 200 KB budget. Lazy chunks (charts)
 * are listed apart. Run after a build: node scripts/build.mjs && npx tsx bench/web-bundle.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const webRoot = path.resolve(import.meta.dirname, '../dist/web');
const html = readFileSync(path.join(webRoot, 'index.html'), 'utf8');
const firstLoad = new Set(
  [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!),
);
const gzippedKb = (file: string) =>
  gzipSync(readFileSync(path.join(webRoot, file)), { level: 9 }).length / 1024;

let firstLoadKb = 0;
for (const file of readdirSync(path.join(webRoot, 'assets')).filter((name) =>
  name.endsWith('.js'),
)) {
  const relative = `assets/${file}`;
  const kb = gzippedKb(relative);
  const initial = firstLoad.has(relative);
  if (initial) firstLoadKb += kb;
  console.log(
    `${initial ? 'first load' : 'lazy      '}  ${kb.toFixed(1).padStart(7)} KB gz  ${relative}`,
  );
}
console.log(
  `web: ${firstLoadKb.toFixed(1)} KB of JavaScript gzipped on first load (budget 200 KB)`,
);
