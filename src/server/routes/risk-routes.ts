import { withErrors } from '../../domain/api-responses.js';
import { checkInteractions } from '../../domain/interactions/index.js';
import { ZInteractionCheckInputSchema } from '../../domain/log/log-api.js';
import { ZInteractionCheckSchema, ZRiskResultSchema } from '../../domain/risk/risk-api.js';
import { subjectOf } from '../access/request-access.js';
import { evaluatePersonRisk } from '../services/risk.js';
import type { App } from '../app-type.js';

export function registerRiskRoutes(app: App) {
  app.get(
    '/api/risk',
    {
      schema: {
        tags: ['risk'],
        summary: 'Warnings from your log, urgent first, with a summary of recent use',
        response: withErrors({ 200: ZRiskResultSchema }),
      },
    },
    async (request) => evaluatePersonRisk(app.ctx, await subjectOf(request, 'risk')),
  );

  app.post(
    '/api/interactions/check',
    {
      schema: {
        tags: ['risk'],
        summary:
          'Check a combination of substances: every pair, and the worst level (no account needed)',
        body: ZInteractionCheckInputSchema,
        response: withErrors({ 200: ZInteractionCheckSchema }),
      },
    },
    async (request) => checkInteractions(request.body.substances),
  );
}
