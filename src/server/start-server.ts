import { migrateToLatest, openDatabase, type DatabaseHandle } from '../db/create-db.js';
import { buildApp } from './app.js';
import type { App } from './app-type.js';
import type { Config } from './config.js';

export type RunningServer = {
  app: App;
  url: string;
  /** What the operator should be told at start (e.g. permissions tightened). */
  notices: string[];
  close: () => Promise<void>;
};

/** Opens the database, brings its schema up to date and serves HTTP. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openDatabase(config.database);
  let app: App | undefined;
  try {
    await migrateToLatest(database.db);
    app = await buildApp({ config, database });
    const address = await app.listen({ port: config.port, host: config.host });
    const url = address.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost');
    return { app, url, notices: database.notices, close: closeAll(app, database) };
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

/** Runs the migrations and closes again (the `ketalog migrate` command). */
export async function migrateDatabase(config: Config): Promise<string[]> {
  const database = await openDatabase(config.database);
  try {
    return await migrateToLatest(database.db);
  } finally {
    await database.close();
  }
}
