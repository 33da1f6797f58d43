import { migrateToLatest, openDatabase, type DatabaseHandle } from '../db/create-db.js';
import pino from 'pino';
import { buildApp } from './app.js';
import { loadServerKey } from './auth/keyed-hash.js';
import type { App } from './app-type.js';
import type { Config } from './config.js';
import { createClinic, renewJoinCode } from './services/clinics.js';
import type { ServiceContext } from './services/context.js';
import { createDemoAccount, type DemoAccount } from './services/demo.js';

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

/**
 * Runs one piece of operator work on the database, brought up to date first, and closes
 * again: on the embedded database only while the app is stopped (the data-directory lock
 * says so), on PostgreSQL at any time.
 */
async function withServices<T>(config: Config, work: (ctx: ServiceContext) => Promise<T>) {
  return withDatabase(config, async (database) => {
    await migrateToLatest(database.db);
    return work({
      db: database.db,
      config,
      now: () => new Date(),
      serverKey: await loadServerKey(database.db),
      // Operator commands send no mail, so nothing is logged in the background.
      log: pino({ level: 'silent' }),
    });
  });
}

/** Creates (or replaces) the demo account (the `ketalog demo` command). */
export function createDemoAccountIn(config: Config): Promise<DemoAccount> {
  return withServices(config, createDemoAccount);
}

/** A new clinic and its join code (the `ketalog clinic create` command). */
export function createClinicIn(config: Config, name: string) {
  return withServices(config, (ctx) => createClinic(ctx, name));
}

/** A new join code for a clinic, replacing the old one (`ketalog clinic join-code`). */
export function renewJoinCodeIn(config: Config, clinicId: string) {
  return withServices(config, (ctx) => renewJoinCode(ctx, clinicId));
}
