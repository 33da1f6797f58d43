/**
 * The caseload of a clinic with 500 clients and a year of data each (a dose every other
 * day, a daily check-in, a PHQ-9 every two weeks: about 290,000 rows), through the real app:
 * GET /api/clinic/clients on PGlite in memory and, when a URL is set, PostgreSQL, and the
 * clinic's outcomes (GET /api/clinic/outcomes) with a course of six sessions each. Every
 * client is in a withdrawal follow-up and has a take-home prescription, a PHQ-9 schedule and
 * bladder items on the check-ins, so those reads are measured too. Median of 7 runs, with the
 * machine's load average printed beside it. Budget (the clinician workspace issue): the
 * caseload under 1 s on both.
 *
 *   npx tsx bench/caseload.ts   (PostgreSQL part needs BENCH_DATABASE_URL or TEST_DATABASE_URL)
 */
import { availableParallelism, loadavg } from 'node:os';
import { sql } from 'kysely';
import { migrateToLatest, openDatabase, type DatabaseTarget } from '../src/db/create-db.js';
import { buildApp } from '../src/server/app.js';
import { testConfig } from '../src/server/config.js';
import { createClinic } from '../src/server/services/clinics.js';
import { withScratchDatabase } from './scratch-postgres.js';

const clients = 500;
const days = 365;
const runs = 7;
const postgresAdminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

async function measure(label: string, target: DatabaseTarget) {
  const database = await openDatabase(target);
  await migrateToLatest(database.db);
  const app = await buildApp({ config: testConfig({ database: target }), database });
  try {
    const { db } = database;
    const { clinicId, joinCode } = await createClinic(app.ctx, 'Bench Clinic');
    const signUp = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: 'clinician@example.org', password: 'bench password that is long' },
    });
    const cookie = `ketalog_session=${signUp.cookies.find((c) => c.name === 'ketalog_session')!.value}`;
    await app.inject({
      method: 'POST',
      url: '/api/clinic/join',
      headers: { cookie },
      payload: { code: joinCode },
    });

    // Seeded in SQL: the app's own inserts would take minutes for this many rows.
    await sql`insert into users (email, password_hash, display_name, time_zone)
      select 'client-' || n || '@example.org', 'x', 'Client ' || n,
        (array['Europe/London', 'Pacific/Auckland', 'America/New_York'])[1 + n % 3]
      from generate_series(1, ${clients}) n`.execute(db);
    const ids = sql`(select id from users where email like 'client-%')`;
    await sql`insert into doses (user_id, taken_at, mg, route, purpose, co_use)
      select u.id, now() - (d * interval '1 day') - interval '3 hours', 40 + d % 5 * 20,
        'insufflated', 'recreational', '[]'::jsonb
      from ${ids} u, generate_series(0, ${days - 1}, 2) d`.execute(db);
    await sql`insert into check_ins (user_id, date, craving, mood, symptoms)
      select u.id, (current_date - d), d % 11, 5,
        jsonb_build_object('anxiety', d % 4, 'insomnia', (d + 1) % 4)
      from ${ids} u, generate_series(1, ${days}) d`.execute(db);
    await sql`insert into questionnaire_responses (user_id, questionnaire_id, taken_at, answers, score, band_id, next_step_id, flag_codes)
      select u.id, 'phq-9', now() - (d * interval '1 day'), '[1,1,1,1,1,1,1,1,1]'::jsonb,
        9 + d % 7, 'mild', 'talk-to-gp', '[]'::jsonb
      from ${ids} u, generate_series(0, ${days - 1}, 14) d`.execute(db);
    await sql`insert into grants (user_id, clinic_id, scopes, created_at, ends_at)
      select u.id, ${clinicId}::uuid, '["log","check-ins","self-checks","risk"]'::jsonb, now(),
        now() + interval '90 days'
      from ${ids} u`.execute(db);
    await sql`insert into treatment_sessions (clinic_id, user_id, started_at, product, status, record, created_at, updated_at)
      select ${clinicId}::uuid, u.id, now() - ((${days} - s * 7) * interval '1 day'),
        (array['esketamine-nasal', 'ketamine-iv'])[1 + s % 2], 'completed', '{}'::jsonb, now(), now()
      from ${ids} u, generate_series(0, 5) s`.execute(db);
    await sql`insert into withdrawal_follow_ups (clinic_id, user_id, start_date, daily_check_ins, created_at)
      select ${clinicId}::uuid, u.id, current_date - 14, true, now() from ${ids} u`.execute(db);
    // What the caseload's treatment fields and the bladder trend read: a take-home prescription
    // against the log, a PHQ-9 every 14 days, and bladder items on the check-ins.
    await sql`insert into prescriptions (user_id, clinic_id, product, route, mg_per_dose, max_mg_per_week, updated_at)
      select u.id, ${clinicId}::uuid, 'other', 'insufflated', 40, 200, now() from ${ids} u`.execute(
      db,
    );
    await sql`insert into questionnaire_schedules (clinic_id, user_id, questionnaire_id, every_days, starts_on, updated_at)
      select ${clinicId}::uuid, u.id, 'phq-9', 14, current_date - 100, now() from ${ids} u`.execute(
      db,
    );
    await sql`update check_ins set urinary_frequency = extract(day from date)::int % 4`.execute(db);
    await sql`analyze`.execute(db);

    for (const [what, url] of [
      ['caseload', '/api/clinic/clients'],
      ['outcomes', '/api/clinic/outcomes'],
    ] as const) {
      const times: number[] = [];
      // CPU time of this process too: PGlite runs in it, and on a shared machine the wall
      // time also counts the time other processes held the cores.
      const cpuTimes: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now();
        const cpuStarted = process.cpuUsage();
        const response = await app.inject({ method: 'GET', url, headers: { cookie } });
        times.push(performance.now() - started);
        const cpu = process.cpuUsage(cpuStarted);
        cpuTimes.push((cpu.user + cpu.system) / 1000);
        if (response.statusCode !== 200) throw new Error(response.body);
      }
      times.sort((a, b) => a - b);
      cpuTimes.sort((a, b) => a - b);
      console.log(
        `${label}: ${what} of ${clients} clients, median ${times[Math.floor(runs / 2)]!.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times.at(-1)!.toFixed(0)}), CPU of this process ${cpuTimes[Math.floor(runs / 2)]!.toFixed(0)} ms; load average ${loadavg()
          .map((load) => load.toFixed(1))
          .join(', ')} on ${availableParallelism()} cores`,
      );
    }
  } finally {
    await app.close();
    await database.close();
  }
}

await measure('PGlite', { kind: 'pglite', dataDir: null });
if (postgresAdminUrl) {
  await withScratchDatabase(postgresAdminUrl, `bench_caseload_${Date.now()}`, (url) =>
    measure('PostgreSQL', { kind: 'postgres', url }),
  );
} else console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
