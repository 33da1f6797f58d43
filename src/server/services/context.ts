import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Config } from '../config.js';

/** What every service function is handed: the database (or an open transaction), config, clock and key. */
export type ServiceContext = {
  db: Kysely<Database>;
  config: Config;
  now: () => Date;
  /** Keys the hashes of rate-limit keys and device tokens; shared by every app server. */
  serverKey: Buffer;
  /** For work that outlives a request (mail sent in the background); never personal data. */
  log: FastifyBaseLogger;
};
