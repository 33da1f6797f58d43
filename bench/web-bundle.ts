/**
 * What a browser downloads on first load: the JavaScript index.html names (and the chunks it
 * preloads) gzipped, against DESIGN.md's 150 KB budget, with lazy chunks (charts) listed
 * apart; then the bytes that really cross the wire from a running `ketalog serve` for the
 * page and everything it names, as a browser asking for brotli or gzip gets them.
 * Run after a build: node scripts/build.mjs && npx tsx bench/web-bundle.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServerProcess } from '../test/support/server-process.js';

const webRoot = path.resolve(import.meta.dirname, '../dist/web');
const html = readFileSync(path.join(webRoot, 'index.html'), 'utf8');
const namedByPage = [...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((match) => match[1]!);
const firstLoad = new Set(namedByPage.filter((file) => file.endsWith('.js')));
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
  `web: ${firstLoadKb.toFixed(1)} KB of JavaScript gzipped on first load (budget 150 KB)`,
);

type Transfer = { path: string; encoding: string; bodyBytes: number; headerBytes: number };

/** One GET as a browser makes it, counting the bytes as they arrive (still compressed). */
function fetchRaw(url: string, encoding: string): Promise<Transfer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers: { 'accept-encoding': encoding } }, (response) => {
      let bodyBytes = 0;
      response.on('data', (chunk: Buffer) => (bodyBytes += chunk.length));
      response.on('end', () => {
        const statusLine = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n`;
        const headerLines = response.rawHeaders
          .map((value, index) => (index % 2 === 0 ? `${value}: ` : `${value}\r\n`))
          .join('');
        resolve({
          path: new URL(url).pathname,
          encoding: response.headers['content-encoding'] ?? 'none',
          bodyBytes,
          headerBytes: Buffer.byteLength(`${statusLine}${headerLines}\r\n`),
        });
      });
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'ketalog-bench-web-'));
const server = await startServerProcess({ KETALOG_DATA_DIR: dataDir });
try {
  for (const acceptEncoding of ['gzip, deflate, br', 'gzip']) {
    const transfers = await Promise.all(
      ['', ...namedByPage].map((file) => fetchRaw(`${server.url}/${file}`, acceptEncoding)),
    );
    for (const transfer of transfers) {
      console.log(
        `  ${(transfer.bodyBytes / 1024).toFixed(1).padStart(7)} KB ${transfer.encoding.padEnd(4)}  ${transfer.path}`,
      );
    }
    const total = transfers.reduce((sum, t) => sum + t.bodyBytes + t.headerBytes, 0);
    console.log(
      `web: ${(total / 1024).toFixed(1)} KB over the wire on first load (Accept-Encoding: ${acceptEncoding}; page, scripts, styles and icon, headers included)`,
    );
  }
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
