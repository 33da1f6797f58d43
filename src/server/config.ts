import path from 'node:path';
import { z } from 'zod';
import type { DatabaseTarget } from '../db/create-db.js';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'use true or false' })
  .transform((value) => value === 'true' || value === '1');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Every setting Ketalog reads from its environment. Parsed once at start. */
const envSchema = z.object({
  KETALOG_PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  KETALOG_HOST: z.string().min(1).default('localhost'),
  KETALOG_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  KETALOG_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  KETALOG_SESSION_DAYS: positiveInt(30).pipe(z.number().max(365)),
  KETALOG_TRUST_PROXY: booleanFlag.default(false),
  KETALOG_AUTH_RATE_LIMIT: positiveInt(10),
  KETALOG_AUTH_RATE_WINDOW_MINUTES: positiveInt(15),
  KETALOG_BODY_LIMIT_BYTES: positiveInt(100_000),
  KETALOG_WRITE_QUOTA: positiveInt(600),
  KETALOG_WRITE_QUOTA_WINDOW_MINUTES: positiveInt(60),
});

export type Config = {
  port: number;
  host: string;
  database: DatabaseTarget;
  logLevel: z.infer<typeof envSchema>['KETALOG_LOG_LEVEL'];
  sessionDays: number;
  trustProxy: boolean;
  authRateLimit: { max: number; windowMinutes: number };
  bodyLimitBytes: number;
  /** Writes one account may make per window (429 beyond). */
  writeQuota: { maxWrites: number; windowMinutes: number };
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) =>
        `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const vars = parsed.data;
  return {
    port: vars.KETALOG_PORT,
    host: vars.KETALOG_HOST,
    database: vars.DATABASE_URL
      ? { kind: 'postgres', url: vars.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(vars.KETALOG_DATA_DIR) },
    logLevel: vars.KETALOG_LOG_LEVEL,
    sessionDays: vars.KETALOG_SESSION_DAYS,
    trustProxy: vars.KETALOG_TRUST_PROXY,
    authRateLimit: {
      max: vars.KETALOG_AUTH_RATE_LIMIT,
      windowMinutes: vars.KETALOG_AUTH_RATE_WINDOW_MINUTES,
    },
    bodyLimitBytes: vars.KETALOG_BODY_LIMIT_BYTES,
    writeQuota: {
      maxWrites: vars.KETALOG_WRITE_QUOTA,
      windowMinutes: vars.KETALOG_WRITE_QUOTA_WINDOW_MINUTES,
    },
  };
}

/** Defaults for tests: quiet logs, an in-memory database unless one is given. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    database: { kind: 'pglite', dataDir: null },
    logLevel:
      process.env.KETALOG_TEST_LOG_LEVEL === undefined
        ? 'silent'
        : (process.env.KETALOG_TEST_LOG_LEVEL as Config['logLevel']),
    authRateLimit: { max: 1000, windowMinutes: 15 },
    writeQuota: { maxWrites: 100_000, windowMinutes: 60 },
    ...overrides,
  };
}
