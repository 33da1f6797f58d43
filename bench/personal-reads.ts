/**
 * Personal reads on a long history: GET /api/risk and GET /api/me/export for one person with
 * 17,230 doses and a daily check-in over three years (the size an audit found slow), through
 * the real app on PGlite in memory and, when a URL is set, PostgreSQL. Median of 15 runs.
 * DESIGN.md budget: GET /api/risk < 30 ms for three years of data.
 *
 * Measured here (2 shared cores, load average about 8), the whole history loaded against only
 * the windows the rules read: PGlite risk 353 → 74 ms, export 1,187 → 353 ms; PostgreSQL
 * risk 126 → 33 ms, export 245 → 175 ms (the plan started 400 days ago, so progress still
 * reads 430 days of doses).
 *
 *   npx tsx bench/personal-reads.ts   (PostgreSQL part needs BENCH_DATABASE_URL or TEST_DATABASE_URL)
 */
import { migrateToLatest, openDatabase, type DatabaseTarget } from '../src/db/create-db.js';
import { jsonb } from '../src/db/jsonb.js';
import { buildApp } from '../src/server/app.js';
import { testConfig } from '../src/server/config.js';
import { withScratchDatabase } from './scratch-postgres.js';

const doseCount = 17_230;
const days = 3 * 365;
const runs = 15;
const postgresAdminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

async function measure(label: string, target: DatabaseTarget) {
  const database = await openDatabase(target);
  await migrateToLatest(database.db);
  const app = await buildApp({ config: testConfig({ database: target }), database });
  try {
    const signUp = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: {
        email: `bench-${Date.now()}@example.org`,
        password: 'a long passphrase for reading',
      },
    });
    if (signUp.statusCode !== 201) throw new Error(`sign-up failed: ${signUp.body}`);
    const userId = signUp.json<{ account: { id: string } }>().account.id;
    const cookie = `ketalog_session=${signUp.cookies.find((c) => c.name === 'ketalog_session')!.value}`;
    const now = Date.now();
    const rows = Array.from({ length: doseCount }, (_, index) => ({
      user_id: userId,
      taken_at: new Date(now - ((index * days) / doseCount) * 86_400_000 - 3_600_000),
      mg: 20 + (index % 9) * 20,
      route: 'insufflated',
      purpose: 'recreational',
      co_use: jsonb(index % 3 === 0 ? [{ substance: 'alcohol' }] : []),
      setting: null,
      notes: index % 5 === 0 ? 'with friends' : null,
    }));
    for (let start = 0; start < rows.length; start += 1_000) {
      await database.db
        .insertInto('doses')
        .values(rows.slice(start, start + 1_000))
        .execute();
    }
    const checkIns = Array.from({ length: days }, (_, day) => ({
      user_id: userId,
      date: new Date(now - (day + 1) * 86_400_000).toISOString().slice(0, 10),
      craving: day % 11,
      mood: (day * 3) % 11,
      symptoms: jsonb({ anxiety: day % 4 }),
      updated_at: new Date(),
    }));
    for (let start = 0; start < checkIns.length; start += 500) {
      await database.db
        .insertInto('check_ins')
        .values(checkIns.slice(start, start + 500))
        .execute();
    }
    const planStart = new Date(now - 400 * 86_400_000).toISOString().slice(0, 10);
    await app.inject({
      method: 'PUT',
      url: '/api/plan',
      headers: { cookie },
      payload: { goal: 'cut-down', startDate: planStart, pricePerGram: 20 },
    });
    for (const url of ['/api/risk', '/api/me/export']) {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const response = await app.inject({ method: 'GET', url, headers: { cookie } });
        times.push(performance.now() - started);
        if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${label}: GET ${url} with ${doseCount} doses: median ${times[Math.floor(runs / 2)]!.toFixed(1)} ms`,
      );
    }
  } finally {
    await app.close();
    await database.close();
  }
}

await measure('PGlite', { kind: 'pglite', dataDir: null });
if (postgresAdminUrl) {
  await withScratchDatabase(postgresAdminUrl, `ketalog_bench_reads_${process.pid}`, (url) =>
    measure('PostgreSQL', { kind: 'postgres', url }),
  );
} else {
  console.log('PostgreSQL part skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL');
}
