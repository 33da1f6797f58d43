import { findHelp } from '../../domain/help/find-help.js';
import type { App } from '../app-type.js';
import { countryHintsOf, ZCountryQuerySchema } from './country-hints.js';

export function registerHelpRoutes(app: App) {
  app.get(
    '/api/help',
    {
      schema: {
        tags: ['help'],
        summary:
          'Emergency number, what to do while waiting, and help lines for a country (no account needed)',
        querystring: ZCountryQuerySchema,
      },
    },
    async (request) =>
      findHelp(app.content.helpDirectories, countryHintsOf(request, request.query.country)),
  );
}
