import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

/** `?country=` of the help, family and pathway routes (checked for shape by the service). */
export const ZCountryQuerySchema = z.object({ country: z.string().max(20).optional() });

/** What decides the country of a help-related answer: `?country=`, profile, browser. */
export function countryHintsOf(request: FastifyRequest, requested: string | undefined) {
  return {
    requested,
    profileCountry: request.actor?.profile.country,
    acceptLanguage: request.headers['accept-language'],
  };
}
