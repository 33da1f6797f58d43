import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { readSessionToken } from '../auth/session-cookie.js';
import { findAccountBySession } from '../services/accounts.js';
import type { ServiceContext } from '../services/context.js';
import { familyGuideFor, scoreFamilyChecklist } from '../services/family.js';
import type { App } from '../app-type.js';

const ZCountryQuerySchema = z.object({ country: z.string().max(20).optional() });
const ZChecklistBodySchema = z.strictObject({
  answers: z.record(z.string().min(1).max(80), z.boolean()),
});

export function registerFamilyRoutes(app: App) {
  app.get(
    '/api/family/guide',
    {
      schema: {
        tags: ['family'],
        summary:
          'Worried about someone: signs, conversation, self-care, local support and the observer checklist (no account needed)',
        querystring: ZCountryQuerySchema,
      },
    },
    async (request) =>
      familyGuideFor(app.content, await countryHintsOf(app.ctx, request, request.query.country)),
  );

  app.post(
    '/api/family/checklist',
    {
      schema: {
        tags: ['family'],
        summary:
          'Guidance (a tier and next steps, never a verdict) for observer answers; stores nothing',
        body: ZChecklistBodySchema,
      },
    },
    async (request) => scoreFamilyChecklist(app.content, request.body.answers),
  );
}

/** What decides the country of a help-related answer: `?country=`, profile, browser. */
export async function countryHintsOf(
  ctx: ServiceContext,
  request: FastifyRequest,
  requested: string | undefined,
) {
  const token = readSessionToken(request);
  const account = token ? await findAccountBySession(ctx, token) : undefined;
  return {
    requested,
    profileCountry: account?.profile.country,
    acceptLanguage: request.headers['accept-language'],
  };
}
