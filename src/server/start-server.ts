import { migrateToLatest, openDatabase, type DatabaseHandle } from '../db/create-db.js';
import pino from 'pino';
import { buildApp } from './app.js';
import { loadServerKey } from './auth/keyed-hash.js';
import type { App } from './app-type.js';
import type { Config } from './config.js';
import { createDemoAccount, type DemoAccount } from './services/demo.js';

export type RunningServer = { app: App; url: string; close: () => Promise<void> };

/** Opens the database, brings its schema up to date and serves HTTP. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openDatabase(config.database);
  let app: App | undefined;
  try {
    await migrateToLatest(database.db);
    app = await buildApp({ config, database });
    const address = await app.listen({ port: config.port, host: config.host });
    const url = address.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost');
    return { app, url, close: closeAll(app, database) };
  } catch (error) {
    await closeAll(app, database)();
    throw error;
  }
}

function closeAll(app: App | undefined, database: DatabaseHandle) {
  let closing: Promise<void> | undefined;
  return () =>
    (closing ??= (async () => {
      await app?.close();
      await database.close();
    })());
}

async function withDatabase<T>(config: Config, use: (database: DatabaseHandle) => Promise<T>) {
  const database = await openDatabase(config.database);
  try {
    return await use(database);
  } finally {
    await database.close();
  }
}

/** Runs the migrations and closes again (the `ketalog migrate` command). */
export function migrateDatabase(config: Config): Promise<string[]> {
  return withDatabase(config, (database) => migrateToLatest(database.db));
}

/** Creates (or replaces) the demo account and closes again (the `ketalog demo` command). */
export function createDemoAccountIn(config: Config): Promise<DemoAccount> {
  return withDatabase(config, async (database) => {
    await migrateToLatest(database.db);
    return createDemoAccount({
      db: database.db,
      config,
      now: () => new Date(),
      serverKey: await loadServerKey(database.db),
      // The demo sends no mail, so nothing is logged in the background.
      log: pino({ level: 'silent' }),
    });
  });
}
