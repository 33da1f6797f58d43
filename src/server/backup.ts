import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { readBackup, writeBackup, type Backup } from '../db/backup.js';
import { migrateToLatest, openDatabase } from '../db/create-db.js';
import { AppError } from '../domain/errors.js';
import type { Config } from './config.js';

const ZBackupSchema = z.object({
  format: z.literal('ketalog-backup'),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  migrations: z.array(z.string()),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

/** The embedded database is single-process: say what to do instead of only "in use". */
async function open(config: Config, doing: 'back up' | 'restore') {
  try {
    return await openDatabase(config.database);
  } catch (error) {
    if (
      error instanceof AppError &&
      error.code === 'conflict' &&
      config.database.kind === 'pglite'
    ) {
      throw new AppError(
        'conflict',
        `${error.message}\nTo ${doing} the embedded database, stop the server first (PGlite allows one process), ` +
          `run this again, then start the server. On PostgreSQL (DATABASE_URL) a backup runs while the server serves.`,
      );
    }
    throw error;
  }
}

/** `ketalog backup <file>`: one consistent snapshot, written owner-only to a new file. */
export async function backupToFile(config: Config, file: string): Promise<Record<string, number>> {
  const database = await open(config, 'back up');
  let backup: Backup;
  try {
    backup = await readBackup(database.db, new Date());
  } finally {
    await database.close();
  }
  try {
    await writeFile(file, JSON.stringify(backup), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new AppError('conflict', `${file} already exists; give the backup a new file name.`);
    }
    throw error;
  }
  return Object.fromEntries(
    Object.entries(backup.tables).map(([table, rows]) => [table, rows.length]),
  );
}

/** `ketalog restore <file>`: into an empty database only, all or nothing. */
export async function restoreFromFile(
  config: Config,
  file: string,
): Promise<Record<string, number>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new AppError('not_found', `Cannot read ${file}.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const backup = ZBackupSchema.safeParse(parsed);
  if (!backup.success) {
    throw new AppError(
      'validation_failed',
      `${file} is not a Ketalog backup (made by ketalog backup).`,
    );
  }
  const database = await open(config, 'restore');
  try {
    await migrateToLatest(database.db);
    return await writeBackup(database.db, backup.data as Backup);
  } finally {
    await database.close();
  }
}
