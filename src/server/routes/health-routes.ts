import { sql } from 'kysely';
import { withErrors } from '../../domain/api-responses.js';
import { AppError } from '../../domain/errors.js';
import { ZHealthSchema } from '../../domain/system/system-api.js';
import type { App } from '../app-type.js';
import { packageVersion } from '../package-info.js';

export function registerHealthRoutes(app: App) {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Is the service up, and on which database',
        response: withErrors({ 200: ZHealthSchema }),
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
