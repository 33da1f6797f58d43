/**
 * POST /api/doses throughput and p99 latency, on PGlite and on PostgreSQL, each beside a bare
 * Fastify route measured in the same run (DESIGN.md: ≥ 500 req/s on PGlite, ≥ 1,500 req/s on
 * PostgreSQL, p99 < 50 ms on 2 cores). Servers run as separate processes; autocannon drives
 * them from this one. Each connection is a different person, as real concurrent writers are:
 * one person's doses arrive seconds apart, not ten at once.
 *
 *   npx tsx bench/api-doses.ts            (PostgreSQL part needs BENCH_DATABASE_URL or TEST_DATABASE_URL)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startServerProcess, type ServerProcess } from '../test/support/server-process.js';
import { withScratchDatabase } from './scratch-postgres.js';

const durationSeconds = Number(process.env.BENCH_SECONDS ?? 8);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const postgresAdminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

type Result = { label: string; requestsPerSecond: number; p99Ms: number; errors: number };

let nextCookie = 0;

/**
 * Runs `rounds` autocannon runs against one server and keeps the median run: these machines
 * are shared, and single runs here have varied by ±40 %.
 */
async function measure(label: string, url: string, cookies: string[] = []): Promise<Result> {
  const body = JSON.stringify({
    takenAt: new Date().toISOString(),
    mg: 30,
    route: 'insufflated',
    coUse: [{ substance: 'alcohol', amount: 2, unit: 'units' }],
  });
  const runs: Result[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const result = await autocannon({
      url: `${url}/api/doses`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections,
      duration: durationSeconds,
      setupClient: (client) => {
        const cookie = cookies[nextCookie++ % Math.max(1, cookies.length)];
        client.setHeaders({ 'content-type': 'application/json', ...(cookie ? { cookie } : {}) });
      },
    });
    runs.push({
      label,
      requestsPerSecond: result.requests.average,
      p99Ms: result.latency.p99,
      errors: result.errors + result.non2xx,
    });
  }
  runs.sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const median = runs[Math.floor(runs.length / 2)]!;
  const spread = runs.map((run) => run.requestsPerSecond.toFixed(0)).join(', ');
  console.log(
    `${label.padEnd(24)} median ${median.requestsPerSecond.toFixed(0).padStart(6)} req/s (runs: ${spread})   p99 ${median.p99Ms.toFixed(1).padStart(6)} ms   non-2xx/errors ${median.errors}`,
  );
  return median;
}

async function startBare(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'bare-fastify-server.ts')],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening at (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** One signed-in person per connection (the auth rate limit is raised for the bench). */
async function signedInCookies(server: ServerProcess, count: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let person = 0; person < count; person += 1) {
    const response = await fetch(`${server.url}/api/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `bench-${person}-${Date.now()}@example.org`,
        password: 'bench password that is long',
      }),
    });
    cookies.push(response.headers.get('set-cookie')!.split(';')[0]!);
  }
  return cookies;
}

async function benchKetalog(label: string, env: Record<string, string>): Promise<Result> {
  const server = await startServerProcess({
    KETALOG_LOG_LEVEL: 'warn',
    KETALOG_AUTH_RATE_LIMIT: '1000',
    // The bench measures raw write speed; the per-account quota would stop it after 600.
    KETALOG_WRITE_QUOTA: '100000000',
    ...env,
  });
  try {
    return await measure(label, server.url, await signedInCookies(server, connections));
  } finally {
    await server.stop();
  }
}

const bare = await startBare();
const results: Array<{ ketalog: Result; bare: Result }> = [];
try {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ketalog-bench-'));
  const bareFirst = await measure('bare Fastify route', bare.url);
  results.push({
    ketalog: await benchKetalog('Ketalog on PGlite', { KETALOG_DATA_DIR: dataDir }),
    bare: bareFirst,
  });
  await rm(dataDir, { recursive: true, force: true });

  if (postgresAdminUrl) {
    const bareSecond = await measure('bare Fastify route', bare.url);
    const ketalog = await withScratchDatabase(
      postgresAdminUrl,
      `ketalog_bench_${process.pid}`,
      (url) => benchKetalog('Ketalog on PostgreSQL', { DATABASE_URL: url }),
    );
    results.push({ ketalog, bare: bareSecond });
  } else {
    console.log('PostgreSQL part skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL');
  }
} finally {
  bare.stop();
}

for (const { ketalog, bare: yardstick } of results) {
  const ratio = ketalog.requestsPerSecond / yardstick.requestsPerSecond;
  console.log(
    `doses: ${ketalog.label}: ${ketalog.requestsPerSecond.toFixed(0)} req/s, p99 ${ketalog.p99Ms.toFixed(1)} ms, ${(ratio * 100).toFixed(1)}% of bare Fastify`,
  );
}
