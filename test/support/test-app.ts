import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { DestinationStream } from 'pino';
import { afterAll, beforeAll, inject } from 'vitest';
import { openDatabase, type DatabaseHandle, type DatabaseTarget } from '../../src/db/create-db.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/app-type.js';
import { testConfig, type Config } from '../../src/server/config.js';
import { withDatabase } from './global-setup.js';

export type TestApp = { app: App; database: DatabaseHandle; close: () => Promise<void> };

/** A database target holding a fresh copy of the migrated template, on the suite's driver. */
export async function freshDatabaseTarget(): Promise<DatabaseTarget> {
  const postgres = inject('postgresTemplate');
  if (postgres) {
    const name = `${postgres.templateName}_copy_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgres.adminUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${postgres.templateName}`);
    await admin.end();
    return { kind: 'postgres', url: withDatabase(postgres.adminUrl, name), maxConnections: 4 };
  }
  const dump = await readFile(inject('pgliteTemplatePath'));
  return { kind: 'pglite', dataDir: null, loadDataDir: new Blob([dump]) };
}

/**
 * The environment for a `ketalog` process on a fresh, migrated database: a copy of the
 * template on PostgreSQL, or on PGlite `dataDir` (which must not exist yet) unpacked from the
 * template's dump, so the process skips initdb and the migrations (about 6 s of CPU each).
 * A first start on an empty data directory is tested in serve-process.pglite.int.test.ts.
 */
export async function freshServerEnv(dataDir: string): Promise<Record<string, string>> {
  if (inject('postgresTemplate')) {
    const target = await freshDatabaseTarget();
    if (target.kind === 'postgres') return { DATABASE_URL: target.url };
  }
  const pgdata = path.join(dataDir, 'pgdata');
  await mkdir(pgdata, { recursive: true, mode: 0o700 });
  await promisify(execFile)('tar', ['-xf', inject('pgliteTemplatePath'), '-C', pgdata]);
  await chmod(dataDir, 0o700);
  await promisify(execFile)('chmod', ['-R', 'go=', pgdata]);
  return { KETALOG_DATA_DIR: dataDir };
}

export async function createTestApp(
  overrides: Partial<Config> = {},
  options: { logStream?: DestinationStream } = {},
): Promise<TestApp> {
  const target = await freshDatabaseTarget();
  const database = await openDatabase(target);
  const config = testConfig({ database: target, ...overrides });
  const app = await buildApp({ config, database, ...options });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

let userCounter = 0;
export const strongPassword = 'violet anchor meadow 42';

export function uniqueEmail(prefix = 'person'): string {
  userCounter += 1;
  return `${prefix}-${userCounter}-${randomBytes(3).toString('hex')}@example.org`;
}

/** Signs up a new person and returns the cookie header that carries their session. */
export async function signUpPerson(app: App, email = uniqueEmail()) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    payload: { email, password: strongPassword },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
  const cookie = response.cookies.find((candidate) => candidate.name === 'ketalog_session');
  if (!cookie) throw new Error('sign-up set no session cookie');
  const body = response.json<{ account: { id: string } }>();
  return { email, userId: body.account.id, cookie: `ketalog_session=${cookie.value}` };
}

/** The tables that hold a person's self-monitoring data. */
export const personalTables = [
  'doses',
  'check_ins',
  'questionnaire_responses',
  'cravings',
  'recovery_plans',
] as const;

/** How many rows of a person's a table holds (to check that nothing, or one thing, was stored). */
export async function countRows(
  db: DatabaseHandle['db'],
  table: (typeof personalTables)[number],
  userId: string,
): Promise<number> {
  const rows = await db.selectFrom(table).select('user_id').where('user_id', '=', userId).execute();
  return rows.length;
}

/**
 * One app on a fresh database for a whole test file: made before its tests, closed after.
 * The handle is filled in by `beforeAll`, so use it only inside tests and hooks.
 */
export function useTestApp(overrides: Partial<Config> = {}): TestApp {
  const handle = {} as TestApp;
  beforeAll(async () => {
    Object.assign(handle, await createTestApp(overrides));
  });
  afterAll(() => handle.close());
  return handle;
}
