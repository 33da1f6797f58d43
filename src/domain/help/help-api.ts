import { z } from 'zod';
import { ZHelpDirectorySchema } from './help-directory-schema.js';

/** Requests and answers of the help route; the family and pathway routes share the query. */

/** `?country=`: a country code or `international` (checked for shape by `findHelp`). */
export const ZCountryQuerySchema = z.object({ country: z.string().max(20).optional() });

export const ZAvailableDirectoriesSchema = z.array(
  z.object({ country: z.string(), countryName: z.string() }),
);

export const ZHelpAnswerSchema = z.object({
  /** The directory shown: a country code or `international`. */
  country: z.string(),
  directory: ZHelpDirectorySchema,
  available: ZAvailableDirectoriesSchema,
  /** The country asked for or saved in the profile, when there is no directory for it yet. */
  noLocalDirectoryFor: z.string().optional(),
});
