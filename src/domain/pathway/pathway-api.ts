import { z } from 'zod';
import { ZAvailableDirectoriesSchema } from '../help/help-api.js';
import { helpLineSchema } from '../help/help-directory-schema.js';
import { citedTextSchema, sourceEntrySchema } from '../help/source-references.js';
import { inAppFeatureSchema, reachSchema } from './pathway-schema.js';

/** The answer of the pathway route: each step with its route and help lines for a country. */
export const ZPathwayAnswerSchema = z.object({
  title: z.string(),
  intro: z.string(),
  lastReviewed: z.string(),
  sources: z.array(sourceEntrySchema),
  country: z.string(),
  countryName: z.string(),
  available: ZAvailableDirectoriesSchema,
  steps: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      summary: z.string(),
      involves: z.array(citedTextSchema),
      whatToExpect: z.array(citedTextSchema),
      inApp: inAppFeatureSchema.optional(),
      /** How to reach the step in this country (or internationally). */
      reach: reachSchema,
      /** The help lines named by the route, from the help directory. */
      lines: z.array(helpLineSchema),
    }),
  ),
});
export type PathwayAnswer = z.infer<typeof ZPathwayAnswerSchema>;
