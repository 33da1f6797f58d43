import { migrateToLatest, openPortablePglite } from '../db/portable-db.js';

/**
 * The empty database private mode starts from: a PGlite data directory with every migration
 * applied, written when the app is built (scripts/fresh-private-db.mjs), so a first open in
 * the browser loads it instead of running initdb. It is made small, because every sealed
 * snapshot is a copy of it plus the person's rows (41 MB became about 11 MB):
 * - WAL segments of 1 MB instead of 16 MB (`initdb --wal-segsize`), at most 2 of them kept
 *   and none recycled with old contents;
 * - no template databases: private mode never runs CREATE DATABASE (PostgreSQL's docs on
 *   template databases: template0 and template1 may be dropped once `datistemplate` is off);
 * - a checkpoint last, so loading it replays no WAL. The vault checkpoints before every
 *   snapshot too (private-vault.ts).
 */
export async function prepareFreshDataDir(): Promise<Blob> {
  const handle = await openPortablePglite({ initdbArgs: ['--wal-segsize=1'] });
  try {
    await migrateToLatest(handle.db);
    // One statement at a time: ALTER SYSTEM and DROP DATABASE refuse a transaction block.
    for (const statement of [
      `ALTER SYSTEM SET min_wal_size = '2MB'`,
      `ALTER SYSTEM SET max_wal_size = '4MB'`,
      'ALTER SYSTEM SET wal_recycle = off',
      // In this session too: a single-user backend does not reload its configuration.
      'SET wal_recycle = off',
      'ALTER DATABASE template0 IS_TEMPLATE false',
      'DROP DATABASE template0',
      'ALTER DATABASE template1 IS_TEMPLATE false',
      'DROP DATABASE template1',
      // Past the segments initdb left for reuse (each full of old WAL), so the checkpoint
      // removes them and the data directory keeps one new, zero-filled segment.
      // (A switch moves on only after something was written: the checkpoint record.)
      ...Array.from({ length: 6 }, () => ['CHECKPOINT', 'SELECT pg_switch_wal()']).flat(),
      'CHECKPOINT',
    ]) {
      await handle.pglite!.exec(statement);
    }
    return await handle.pglite!.dumpDataDir('none');
  } finally {
    await handle.close();
  }
}
