import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Config } from '../config.js';

/**
 * What the services of a person's own data need: the database (or an open transaction) and
 * the clock. Nothing Node-only, so the same services run in the browser's private mode.
 */
export type DataContext = {
  db: Kysely<Database>;
  now: () => Date;
};

/** What every service function is handed on the server: the data context, config and key. */
export type ServiceContext = DataContext & {
  config: Config;
  /** Keys the hashes of rate-limit keys and device tokens; shared by every app server. */
  serverKey: Buffer;
  /** For work that outlives a request (mail sent in the background); never personal data. */
  log: FastifyBaseLogger;
};
