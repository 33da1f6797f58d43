import type { FastifyRequest } from 'fastify';

/** What decides the country of a help-related answer: `?country=`, profile, browser. */
export function countryHintsOf(request: FastifyRequest, requested: string | undefined) {
  return {
    requested,
    profileCountry: request.actor?.profile.country,
    acceptLanguage: request.headers['accept-language'],
  };
}
