import { createHash } from 'node:crypto';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
} from 'kysely';
import pg from 'pg';
import { AppError } from '../domain/errors.js';
import { acquireDataDirLock } from './data-dir-lock.js';
import { secureDataDir, tightenDataDir } from './data-dir-permissions.js';
import { migrationProvider } from './migrations/index.js';
import { PgliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; maxConnections?: number }
  /** dataDir null keeps the database in memory (tests); loadDataDir starts from a dump. */
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob };

export type DatabaseHandle = {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The PGlite instance, for dumping a data directory; undefined on PostgreSQL. */
  pglite?: PGlite;
  /** Things the operator should know about, such as permissions tightened at start. */
  notices: string[];
  close: () => Promise<void>;
};

const pgOid = { int8: 20, date: 1082 } as const;
// Calendar dates stay 'YYYY-MM-DD' strings (a Date would shift with the server's zone);
// counts come back as numbers on both drivers.
const keepText = (value: string) => value;

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  return target.kind === 'postgres' ? openPostgres(target) : openPglite(target);
}

function openPostgres(target: { url: string; maxConnections?: number }): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.maxConnections ?? 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === pgOid.date) return keepText;
        if (oid === pgOid.int8) return Number;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return { db, kind: 'postgres', notices: [], close: () => db.destroy() };
}

/**
 * Hands Kysely connections whose queries run as named prepared statements, so PostgreSQL
 * parses and plans each distinct statement once per connection rather than on every call.
 * The app issues a small, fixed set of statements, so the per-connection cache stays small.
 */
function preparingPool(pool: pg.Pool): PostgresPool {
  return {
    connect: async () => {
      const client = await pool.connect();
      // Only the (sql, parameters) form is used: the app never streams with cursors.
      const query = (text: string, values: ReadonlyArray<unknown>) =>
        client.query({ name: statementName(text), text, values: [...values] });
      return {
        query: query as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(destroy),
      };
    },
    end: () => pool.end(),
  };
}

function statementName(text: string): string {
  return `k${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
}

async function openPglite(target: {
  dataDir: string | null;
  loadDataDir?: Blob;
}): Promise<DatabaseHandle> {
  let releaseLock = async () => {};
  let pgDataDir: string | undefined;
  const notices: string[] = [];
  if (target.dataDir !== null) {
    const tightened = await secureDataDir(target.dataDir);
    if (tightened) notices.push(tightened);
    releaseLock = await acquireDataDirLock(target.dataDir);
    pgDataDir = path.join(target.dataDir, 'pgdata');
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      ...(pgDataDir ? { dataDir: pgDataDir } : {}),
      ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
      parsers: { [pgOid.date]: keepText, [pgOid.int8]: Number },
    });
  } catch (error) {
    await releaseLock();
    throw new AppError(
      'unavailable',
      `Could not open the embedded database in ${target.dataDir ?? 'memory'}: ${String(error)}`,
    );
  }
  if (target.dataDir !== null) await tightenDataDir(target.dataDir);
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    pglite,
    notices,
    close: async () => {
      await db.destroy();
      await pglite.close();
      await releaseLock();
    },
  };
}

/** Applies every pending migration; on PostgreSQL Kysely holds an advisory lock meanwhile. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).map((result) => result.migrationName);
}
