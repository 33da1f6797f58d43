import { sql } from 'kysely';
import { z } from 'zod';
import { AppError } from '../../domain/errors.js';
import type { App } from '../app-type.js';
import { packageVersion } from '../package-info.js';

const ZHealthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

export function registerHealthRoutes(app: App) {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Is the service up, and on which database',
        response: { 200: ZHealthSchema },
      },
    },
    async () => {
      await sql`select 1`.execute(app.ctx.db).catch(() => {
        throw new AppError('unavailable', 'The database is not answering.');
      });
      return { status: 'ok' as const, database: app.databaseKind, version: packageVersion };
    },
  );
}
