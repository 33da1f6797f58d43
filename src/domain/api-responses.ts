import { z } from 'zod';
import { ERROR_REASONS, errorStatusByCode, type ErrorCode } from './errors.js';

/** The body of every error answer (4xx and 5xx), as `errorBody` on the server writes it. */
export const ZErrorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(errorStatusByCode) as [ErrorCode, ...ErrorCode[]]),
      /** For API users and logs; clients word `code` (and `reason`) in the person's language. */
      message: z.string(),
      /** One per problem; `path` is relative to the input it names, e.g. `doses[2].mg`. */
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      /** Which case of the code it is, when a client should say more than the code's words. */
      reason: z.enum(ERROR_REASONS).optional(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  })
  .meta({ id: 'Error' });

/** An answer without a body (204, 202); `type: 'null'` tells the OpenAPI document so. */
export const ZNoContentSchema = z.void().meta({ description: 'No content', type: 'null' });

/**
 * The `response` map of a route: its success answers plus the error shape, so every answer
 * is validated and stripped to its declared fields, and the OpenAPI document lists them all.
 */
export function withErrors<Answers extends Record<number, z.ZodType>>(answers: Answers) {
  return { ...answers, '4xx': ZErrorBodySchema, '5xx': ZErrorBodySchema };
}
