import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Config } from '../config.js';

/** What every service function is handed: the database (or an open transaction) and config. */
export type ServiceContext = {
  db: Kysely<Database>;
  config: Config;
  now: () => Date;
};
