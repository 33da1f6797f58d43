import { z } from 'zod';
import { readSessionToken } from '../auth/session-cookie.js';
import { findAccountBySession } from '../services/accounts.js';
import { findHelp } from '../services/help.js';
import type { App } from '../app-type.js';

const ZHelpQuerySchema = z.object({ country: z.string().max(20).optional() });

export function registerHelpRoutes(app: App) {
  app.get(
    '/api/help',
    {
      schema: {
        tags: ['help'],
        summary:
          'Emergency number, what to do while waiting, and help lines for a country (no account needed)',
        querystring: ZHelpQuerySchema,
      },
    },
    async (request) => {
      const token = readSessionToken(request);
      const account = token ? await findAccountBySession(app.ctx, token) : undefined;
      return findHelp(app.content.helpDirectories, {
        requested: request.query.country,
        profileCountry: account?.profile.country,
        acceptLanguage: request.headers['accept-language'],
      });
    },
  );
}
