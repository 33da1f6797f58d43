import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { readSessionToken } from '../auth/session-cookie.js';
import { findAccountBySession } from '../services/sessions.js';
import type { ServiceContext } from '../services/context.js';

/** `?country=` of the help, family and pathway routes (checked for shape by the service). */
export const ZCountryQuerySchema = z.object({ country: z.string().max(20).optional() });

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
