import type { FastifyRequest } from 'fastify';
import { readSessionToken } from '../auth/session-cookie.js';
import { findAccountBySession } from '../services/sessions.js';
import type { ServiceContext } from '../services/context.js';

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
