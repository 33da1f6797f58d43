import { z } from 'zod';
import { ZAvailableDirectoriesSchema } from '../help/help-api.js';
import { ZHelpLineSchema } from '../help/help-directory-schema.js';
import { ZCitedTextSchema, ZSourceEntrySchema } from '../help/source-references.js';
import { ZInAppFeatureSchema, ZReachSchema } from './pathway-schema.js';

/** The answer of the pathway route: each step with its route and help lines for a country. */
export const ZPathwayAnswerSchema = z.object({
  title: z.string(),
  intro: z.string(),
  lastReviewed: z.string(),
  sources: z.array(ZSourceEntrySchema),
  country: z.string(),
  countryName: z.string(),
  available: ZAvailableDirectoriesSchema,
  steps: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      summary: z.string(),
      involves: z.array(ZCitedTextSchema),
      whatToExpect: z.array(ZCitedTextSchema),
      inApp: ZInAppFeatureSchema.optional(),
      /** How to reach the step in this country (or internationally). */
      reach: ZReachSchema,
      /** The help lines named by the route, from the help directory. */
      lines: z.array(ZHelpLineSchema),
    }),
  ),
});
export type PathwayAnswer = z.infer<typeof ZPathwayAnswerSchema>;
