import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';

const levelNames: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

/**
 * One pino JSON record as a short line for a person at a terminal, e.g.
 * `14:02:11 error request failed: connection refused`, with the stack of an error below it.
 * Fastify's "Server listening at" records are dropped: the serve command already prints the
 * one line that says where the app is.
 */
export function formatLogRecordAsText(json: string): string | null {
  let record: {
    level?: number;
    time?: number;
    msg?: string;
    err?: { message?: string; stack?: string };
  };
  try {
    record = JSON.parse(json) as typeof record;
  } catch {
    return json.trimEnd();
  }
  if (record.msg?.startsWith('Server listening at ')) return null;
  const time = new Date(record.time ?? Date.now()).toTimeString().slice(0, 8);
  const level = levelNames[record.level ?? 30] ?? 'info';
  const reason = record.err?.message ? `: ${record.err.message}` : '';
  const stack = record.err?.stack ? `\n${record.err.stack.split('\n').slice(1).join('\n')}` : '';
  return `${time} ${level} ${record.msg ?? ''}${reason}${stack}`;
}

const textStream = {
  write(chunk: string) {
    const line = formatLogRecordAsText(chunk);
    if (line !== null) process.stdout.write(`${line}\n`);
  },
};

/**
 * pino options. Health data about drug use must not leak through logs: no bodies are
 * logged, query strings are dropped, and cookies and auth headers are redacted.
 */
export function loggerOptions(
  level: Config['logLevel'],
  format: Config['logFormat'],
): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    ...(format === 'text' ? { stream: textStream } : {}),
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.email',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({
        id: request.id,
        method: request.method,
        path: request.url.split('?')[0],
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}
