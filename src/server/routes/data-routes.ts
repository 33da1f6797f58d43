import { ZPersonDataExportSchema } from '../../domain/accounts/account-api.js';
import { withErrors } from '../../domain/api-responses.js';
import { subjectOf } from '../access/request-access.js';
import { exportPersonData } from '../services/data-export.js';
import { packageVersion } from '../package-info.js';
import type { App } from '../app-type.js';

export function registerDataRoutes(app: App) {
  app.get(
    '/api/me/export',
    {
      schema: {
        tags: ['account'],
        summary: 'Download everything stored about you, as JSON',
        response: withErrors({ 200: ZPersonDataExportSchema }),
      },
    },
    async (request, reply) => {
      const data = await exportPersonData(
        app.ctx,
        await subjectOf(request, 'export'),
        packageVersion,
      );
      return reply
        .header('content-disposition', 'attachment; filename="ketalog-export.json"')
        .send(data);
    },
  );
}
