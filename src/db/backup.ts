import { sql, type Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import type { Database } from './schema.js';

/**
 * A logical backup: every row of every table that holds people's data, as JSON, with the
 * migrations the database had. The same file restores into PGlite or PostgreSQL, so it also
 * moves a person's server from one to the other.
 */
export type Backup = {
  format: 'ketalog-backup';
  formatVersion: 1;
  createdAt: string;
  migrations: string[];
  tables: Record<string, Array<Record<string, unknown>>>;
};

/**
 * Left out: sign-in sessions (a restore signs everyone out), reset links, counters and retry
 * answers that only matter for minutes, the article search table (rebuilt from content/ at
 * start) and Kysely's own migration bookkeeping (recorded in `migrations`). Kept: recovery
 * codes and the server secret their hashes are keyed with, or no restored code would work.
 */
const notBackedUp = new Set([
  'sessions',
  'password_reset_tokens',
  'rate_limit_hits',
  'idempotency_keys',
  'kb_articles',
  'kysely_migration',
  'kysely_migration_lock',
]);

type AnyDb = Kysely<Database>;

/** Reads everything in one read-only snapshot, so a running server cannot tear the copy. */
export async function readBackup(db: AnyDb, now: Date): Promise<Backup> {
  return db.transaction().execute(async (trx) => {
    await sql`set transaction isolation level repeatable read, read only`.execute(trx);
    const tables: Backup['tables'] = {};
    for (const table of await tablesInInsertOrder(trx)) {
      const { rows } = await sql<
        Record<string, unknown>
      >`select * from ${sql.table(table)}`.execute(trx);
      tables[table] = rows.map(toPlainRow);
    }
    const { rows } = await sql<{
      name: string;
    }>`select name from kysely_migration order by name`.execute(trx);
    return {
      format: 'ketalog-backup',
      formatVersion: 1,
      createdAt: now.toISOString(),
      migrations: rows.map((row) => row.name),
      tables,
    };
  });
}

/** Writes a backup into a migrated database that holds no accounts yet, in one transaction. */
export async function writeBackup(db: AnyDb, backup: Backup): Promise<Record<string, number>> {
  const { rows: applied } = await sql<{
    name: string;
  }>`select name from kysely_migration order by name`.execute(db);
  const known = new Set(applied.map((row) => row.name));
  const newer = backup.migrations.filter((name) => !known.has(name));
  if (newer.length > 0) {
    throw new AppError(
      'conflict',
      `This backup comes from a newer Ketalog (migrations ${newer.join(', ')}); upgrade Ketalog first, then restore.`,
    );
  }
  return db.transaction().execute(async (trx) => {
    const order = await tablesInInsertOrder(trx);
    const { rows: accounts } = await sql<{
      count: number;
    }>`select count(*)::int as count from users`.execute(trx);
    if ((accounts[0]?.count ?? 0) > 0) {
      throw new AppError(
        'conflict',
        'The database already holds accounts. Restore into an empty database (a new data directory or a new PostgreSQL database).',
      );
    }
    // A server started on the empty database made its own secret; the backup's replaces it,
    // since the restored recovery codes are keyed with that one (and no account uses the new).
    if (backup.tables.server_secrets?.length) await trx.deleteFrom('server_secrets').execute();
    const jsonColumns = await jsonbColumns(trx);
    const counts: Record<string, number> = {};
    for (const table of order) {
      const rows = backup.tables[table] ?? [];
      counts[table] = rows.length;
      for (let start = 0; start < rows.length; start += 500) {
        const values = rows
          .slice(start, start + 500)
          .map((row) =>
            Object.fromEntries(
              Object.entries(row).map(([column, value]) => [
                column,
                jsonColumns.has(`${table}.${column}`) && value !== null
                  ? sql`cast(${JSON.stringify(value)} as jsonb)`
                  : value,
              ]),
            ),
          );
        await trx
          .insertInto(table as keyof Database)
          .values(values as never)
          .execute();
      }
    }
    return counts;
  });
}

/** Parents before children, from the foreign keys themselves, so a new table needs no edit here. */
async function tablesInInsertOrder(db: AnyDb): Promise<string[]> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const { rows: references } = await sql<{ child: string; parent: string }>`
    select child.relname as child, parent.relname as parent
    from pg_constraint c
    join pg_class child on child.oid = c.conrelid
    join pg_class parent on parent.oid = c.confrelid
    where c.contype = 'f'`.execute(db);
  const wanted = tables.map((table) => table.name).filter((name) => !notBackedUp.has(name));
  const ordered: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (ordered.includes(name) || path.includes(name)) return;
    for (const { child, parent } of references) {
      if (child === name && parent !== name && wanted.includes(parent))
        visit(parent, [...path, name]);
    }
    ordered.push(name);
  };
  for (const name of wanted) visit(name, []);
  return ordered;
}

async function jsonbColumns(db: AnyDb): Promise<Set<string>> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and data_type in ('jsonb', 'json')`.execute(db);
  return new Set(rows.map((row) => `${row.table_name}.${row.column_name}`));
}

/** Dates as ISO text; everything else is already JSON (dates of the calendar are text). */
function toPlainRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      column,
      value instanceof Date ? value.toISOString() : value,
    ]),
  );
}
