import { pathwayFor } from '../../domain/pathway/pathway-for.js';
import type { App } from '../app-type.js';
import { countryHintsOf, ZCountryQuerySchema } from './country-hints.js';

export function registerPathwayRoutes(app: App) {
  app.get(
    '/api/pathway',
    {
      schema: {
        tags: ['treatment'],
        summary: 'Treatment pathway steps and how to reach each in a country (no account needed)',
        querystring: ZCountryQuerySchema,
      },
    },
    async (request) => pathwayFor(app.content, countryHintsOf(request, request.query.country)),
  );
}
