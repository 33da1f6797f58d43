import { withErrors } from '../../domain/api-responses.js';
import { findHelp } from '../../domain/help/find-help.js';
import { ZCountryQuerySchema, ZHelpAnswerSchema } from '../../domain/help/help-api.js';
import type { App } from '../app-type.js';
import { countryHintsOf } from './country-hints.js';
import { contentFor } from './request-content.js';

export function registerHelpRoutes(app: App) {
  app.get(
    '/api/help',
    {
      schema: {
        tags: ['help'],
        summary:
          'Emergency number, what to do while waiting, and help lines for a country (no account needed)',
        querystring: ZCountryQuerySchema,
        response: withErrors({ 200: ZHelpAnswerSchema }),
      },
    },
    async (request) =>
      findHelp(
        contentFor(app, request).helpDirectories,
        countryHintsOf(request, request.query.country),
      ),
  );
}
