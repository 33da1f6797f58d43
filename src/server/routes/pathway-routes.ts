import { withErrors } from '../../domain/api-responses.js';
import { ZCountryQuerySchema } from '../../domain/help/help-api.js';
import { ZPathwayAnswerSchema } from '../../domain/pathway/pathway-api.js';
import { pathwayFor } from '../../domain/pathway/pathway-for.js';
import type { App } from '../app-type.js';
import { countryHintsOf } from './country-hints.js';
import { contentFor } from './request-content.js';

export function registerPathwayRoutes(app: App) {
  app.get(
    '/api/pathway',
    {
      schema: {
        tags: ['treatment'],
        summary: 'Treatment pathway steps and how to reach each in a country (no account needed)',
        querystring: ZCountryQuerySchema,
        response: withErrors({ 200: ZPathwayAnswerSchema }),
      },
    },
    async (request) =>
      pathwayFor(contentFor(app, request), countryHintsOf(request, request.query.country)),
  );
}
