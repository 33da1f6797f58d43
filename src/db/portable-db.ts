import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, sql } from 'kysely';
import { migrationProvider } from './migrations/index.js';
import { PgliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

/**
 * The part of opening a database that runs anywhere PGlite does, a browser's web worker
 * included: PGlite with the app's type parsers, Kysely over it, and the migrations. Files,
 * locks and PostgreSQL live in create-db.ts (Node only).
 */

export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseHandle = {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The PGlite instance, for dumping a data directory; undefined on PostgreSQL. */
  pglite?: PGlite;
  /** Things the operator should know about, such as permissions tightened at start. */
  notices: string[];
  close: () => Promise<void>;
};

export const pgOid = { int8: 20, date: 1082 } as const;
// Calendar dates stay 'YYYY-MM-DD' strings (a Date would shift with the server's zone);
// counts come back as numbers on both drivers.
export const keepText = (value: string) => value;

/** PGlite's compiled WebAssembly and file bundle, fetched ahead so opening waits for neither. */
export type PgliteRuntime = { pgliteWasmModule?: WebAssembly.Module; fsBundle?: Blob };

/**
 * Opens PGlite: in memory without `dataDir`, else where PGlite puts it (a directory in
 * Node, `idb://name` for IndexedDB in a browser); `loadDataDir` starts from a dump;
 * `initdbArgs` are added to initdb's when there is no data directory yet.
 */
export async function openPortablePglite({
  dataDir,
  loadDataDir,
  runtime = {},
  initdbArgs,
}: {
  dataDir?: string;
  loadDataDir?: Blob;
  runtime?: PgliteRuntime;
  initdbArgs?: string[];
}): Promise<DatabaseHandle> {
  const pglite = await PGlite.create({
    ...runtime,
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    ...(initdbArgs ? { initDbStartParams: initdbArgs } : {}),
    parsers: { [pgOid.date]: keepText, [pgOid.int8]: Number },
  });
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    pglite,
    notices: [],
    close: async () => {
      await db.destroy();
      await pglite.close();
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

/**
 * Applies the pending migrations, if any. Knowing that none is pending takes one query,
 * where the migrator introspects the schema and takes its lock first (over a second in a
 * busy browser): private mode checks this on every unlock.
 */
export async function migrateIfBehind(db: Kysely<Database>): Promise<void> {
  const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db).then(
    ({ rows }) => rows.map((row) => row.name),
    (): string[] => [],
  );
  const known = Object.keys(await migrationProvider.getMigrations());
  // Unknown names (data from a newer version) are the migrator's to refuse.
  if (applied.length === known.length && known.every((name) => applied.includes(name))) return;
  await migrateToLatest(db);
}
