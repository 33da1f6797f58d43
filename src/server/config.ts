import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import type { DatabaseTarget } from '../db/create-db.js';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** An address or CIDR range, as proxy-addr (behind Fastify's trustProxy) reads it. */
function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * Which proxies may say who the client is: none, a number of hops in front of the app, or
 * their addresses. `true` (every hop) is refused: a client could then pick its own address
 * and with it its rate-limit bucket.
 */
const ZTrustProxySchema = z
  .string()
  .trim()
  .transform((value, ctx): false | number | string[] => {
    if (value === 'false' || value === '0' || value === '') return false;
    if (/^\d+$/.test(value) && Number(value) <= 10) return Number(value);
    const entries = value.split(',').map((entry) => entry.trim());
    if (entries.every(isAddressOrRange)) return entries;
    ctx.addIssue({
      code: 'custom',
      message:
        "use false, a number of proxy hops (1–10), or the proxies' addresses or CIDR ranges separated by commas (true, trusting every hop, is not allowed)",
    });
    return z.NEVER;
  });

/** The one address people use, e.g. https://ketalog.example.org (no path). */
const ZPublicUrlSchema = z
  .url({ protocol: /^https?$/, message: 'use an http:// or https:// address' })
  .transform((value) => new URL(value))
  .refine((url) => url.pathname === '/' && !url.search && !url.hash && !url.username, {
    message: 'give only the scheme, host and port, e.g. https://ketalog.example.org',
  });

/** Every setting Ketalog reads from its environment. Parsed once at start. */
const ZEnvSchema = z.object({
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
  KETALOG_PUBLIC_URL: ZPublicUrlSchema.optional(),
  KETALOG_SESSION_IDLE_MINUTES: positiveInt(30).pipe(z.number().max(43_200)),
  KETALOG_SESSION_MAX_HOURS: positiveInt(12).pipe(z.number().max(8_760)),
  KETALOG_SESSIONS_PER_PERSON: positiveInt(10).pipe(z.number().max(100)),
  KETALOG_TRUST_PROXY: ZTrustProxySchema.default(false),
  KETALOG_LOG_FORMAT: z.enum(['auto', 'text', 'json']).default('auto'),
  // Replaced by an idle timeout and a lifetime; refused so an old setting is not silently ignored.
  KETALOG_SESSION_DAYS: z
    .undefined({
      message: 'no longer used: set KETALOG_SESSION_IDLE_MINUTES and KETALOG_SESSION_MAX_HOURS',
    })
    .optional(),
  KETALOG_AUTH_RATE_LIMIT: positiveInt(10),
  KETALOG_AUTH_RATE_WINDOW_MINUTES: positiveInt(15),
  KETALOG_ACCOUNT_FAILURE_LIMIT: positiveInt(20).pipe(z.number().max(100)),
  KETALOG_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  KETALOG_MAIL_FROM: z.string().min(3).default('Ketalog <no-reply@localhost>'),
  KETALOG_BODY_LIMIT_BYTES: positiveInt(100_000),
  KETALOG_IMPORT_LIMIT_BYTES: positiveInt(32_000_000),
  KETALOG_SNAPSHOT_LIMIT_BYTES: positiveInt(4_000_000),
  KETALOG_WRITE_QUOTA: positiveInt(600),
  KETALOG_WRITE_QUOTA_WINDOW_MINUTES: positiveInt(60),
  KETALOG_CLINIC_DISENGAGED_DAYS: positiveInt(7).pipe(z.number().max(90)),
});

export type Config = {
  port: number;
  host: string;
  database: DatabaseTarget;
  logLevel: z.infer<typeof ZEnvSchema>['KETALOG_LOG_LEVEL'];
  /** `text`: short readable lines and no per-request lines; `json`: one JSON object a line. */
  logFormat: 'text' | 'json';
  /** The public origin (https://host[:port]) when configured; cookies and Host follow it. */
  publicUrl: URL | undefined;
  sessions: { idleMinutes: number; maxHours: number; perPerson: number };
  trustProxy: false | number | string[];
  authRateLimit: { max: number; windowMinutes: number };
  /** Failed sign-ins per account per hour before devices it has not seen are refused. */
  accountFailureLimit: number;
  /** Password-reset email; off unless an SMTP server is configured. */
  mail: { smtpUrl: string; from: string } | undefined;
  bodyLimitBytes: number;
  /** The import route's own limit: years of history in FHIR run to several megabytes. */
  importLimitBytes: number;
  /** The largest sealed snapshot from private mode (ciphertext, as base64 in JSON). */
  snapshotLimitBytes: number;
  /** Writes one account may make per window (429 beyond). */
  writeQuota: { maxWrites: number; windowMinutes: number };
  /** A client without a check-in for this many days shows as disengaged on the caseload. */
  clinic: { disengagedAfterDays: number };
};

export class ConfigError extends Error {}

/** `stdoutIsTerminal` decides the `auto` log format: text for a person, JSON for a collector. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  stdoutIsTerminal: boolean = process.stdout.isTTY === true,
): Config {
  const parsed = ZEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) =>
        `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const vars = parsed.data;
  if (vars.KETALOG_SMTP_URL && !vars.KETALOG_PUBLIC_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  KETALOG_PUBLIC_URL: needed with KETALOG_SMTP_URL, for the link in reset emails',
    );
  }
  return {
    port: vars.KETALOG_PORT,
    host: vars.KETALOG_HOST,
    database: vars.DATABASE_URL
      ? { kind: 'postgres', url: vars.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(vars.KETALOG_DATA_DIR) },
    logLevel: vars.KETALOG_LOG_LEVEL,
    publicUrl: vars.KETALOG_PUBLIC_URL,
    sessions: {
      idleMinutes: vars.KETALOG_SESSION_IDLE_MINUTES,
      maxHours: vars.KETALOG_SESSION_MAX_HOURS,
      perPerson: vars.KETALOG_SESSIONS_PER_PERSON,
    },
    logFormat:
      vars.KETALOG_LOG_FORMAT === 'auto'
        ? stdoutIsTerminal
          ? 'text'
          : 'json'
        : vars.KETALOG_LOG_FORMAT,
    trustProxy: vars.KETALOG_TRUST_PROXY,
    authRateLimit: {
      max: vars.KETALOG_AUTH_RATE_LIMIT,
      windowMinutes: vars.KETALOG_AUTH_RATE_WINDOW_MINUTES,
    },
    accountFailureLimit: vars.KETALOG_ACCOUNT_FAILURE_LIMIT,
    mail: vars.KETALOG_SMTP_URL
      ? { smtpUrl: vars.KETALOG_SMTP_URL, from: vars.KETALOG_MAIL_FROM }
      : undefined,
    bodyLimitBytes: vars.KETALOG_BODY_LIMIT_BYTES,
    importLimitBytes: vars.KETALOG_IMPORT_LIMIT_BYTES,
    snapshotLimitBytes: vars.KETALOG_SNAPSHOT_LIMIT_BYTES,
    writeQuota: {
      maxWrites: vars.KETALOG_WRITE_QUOTA,
      windowMinutes: vars.KETALOG_WRITE_QUOTA_WINDOW_MINUTES,
    },
    clinic: { disengagedAfterDays: vars.KETALOG_CLINIC_DISENGAGED_DAYS },
  };
}

/** Defaults for tests: quiet logs, an in-memory database unless one is given. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}, false),
    database: { kind: 'pglite', dataDir: null },
    logLevel:
      process.env.KETALOG_TEST_LOG_LEVEL === undefined
        ? 'silent'
        : (process.env.KETALOG_TEST_LOG_LEVEL as Config['logLevel']),
    authRateLimit: { max: 1000, windowMinutes: 15 },
    accountFailureLimit: 100,
    writeQuota: { maxWrites: 100_000, windowMinutes: 60 },
    ...overrides,
  };
}
