import { withErrors } from '../../domain/api-responses.js';
import { simulateRegimen } from '../../domain/pk/index.js';
import {
  ZLevelsQuerySchema,
  ZLevelsSchema,
  ZSimulateBodySchema,
  ZSimulationResultSchema,
} from '../../domain/pk/pk-api.js';
import { subjectOf } from '../access/request-access.js';
import { getLevels } from '../services/levels.js';
import type { App } from '../app-type.js';

const tags = ['levels'];

export function registerLevelsRoutes(app: App) {
  app.post(
    '/api/simulate',
    {
      schema: {
        tags,
        summary:
          'Estimated plasma levels for a regimen (no account needed; at most 20,000 points, 2 days and 50 doses). An estimate, never a guide to how much to take.',
        body: ZSimulateBodySchema,
        response: withErrors({ 200: ZSimulationResultSchema }),
      },
      // Public and CPU-bound: a per-client limit keeps it affordable.
      config: { rateLimit: { max: 30, timeWindow: 60_000 } },
    },
    async (request) => simulateRegimen(request.body),
  );

  app.get(
    '/api/levels',
    {
      schema: {
        tags,
        summary:
          'Your estimated blood levels from the doses of the last 48 hours, with "now" marked; optionally with a hypothetical redose (whatIfMg, whatIfRoute, whatIfInMin)',
        querystring: ZLevelsQuerySchema,
        response: withErrors({ 200: ZLevelsSchema }),
      },
    },
    async (request) => getLevels(app.ctx, await subjectOf(request, 'levels'), request.query),
  );
}
