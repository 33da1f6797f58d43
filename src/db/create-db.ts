import { createHash } from 'node:crypto';
import path from 'node:path';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { AppError } from '../domain/errors.js';
import { acquireDataDirLock } from './data-dir-lock.js';
import { secureDataDir, tightenDataDir } from './data-dir-permissions.js';
import { keepText, openPortablePglite, pgOid, type DatabaseHandle } from './portable-db.js';
import type { Database } from './schema.js';

/**
 * Opening the database in Node: PostgreSQL, or PGlite in a data directory that is locked to
 * one process and kept private. What also runs in a browser is in portable-db.ts.
 */

export { migrateToLatest, type DatabaseHandle, type DatabaseKind } from './portable-db.js';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; maxConnections?: number }
  /** dataDir null keeps the database in memory (tests); loadDataDir starts from a dump. */
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob };

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

async function openPglite({
  dataDir,
  loadDataDir,
}: {
  dataDir: string | null;
  loadDataDir?: Blob;
}): Promise<DatabaseHandle> {
  let releaseLock = async () => {};
  const notices: string[] = [];
  if (dataDir !== null) {
    const tightened = await secureDataDir(dataDir);
    if (tightened) notices.push(tightened);
    releaseLock = await acquireDataDirLock(dataDir);
  }
  let handle: DatabaseHandle;
  try {
    handle = await openPortablePglite({
      ...(dataDir !== null ? { dataDir: path.join(dataDir, 'pgdata') } : {}),
      ...(loadDataDir ? { loadDataDir } : {}),
    });
  } catch (error) {
    await releaseLock();
    throw new AppError(
      'unavailable',
      `Could not open the embedded database in ${dataDir ?? 'memory'}: ${String(error)}`,
    );
  }
  if (dataDir !== null) await tightenDataDir(dataDir);
  return {
    ...handle,
    notices,
    close: async () => {
      await handle.close();
      await releaseLock();
    },
  };
}
