import { z } from 'zod';
import { ZDirectoryCountrySchema } from '../help/help-directory-schema.js';
import { fallbackDirectory } from '../help/resolve-country.js';
import {
  addSourceIssues,
  ZCitedTextSchema,
  type SourceUse,
  ZSourceEntrySchema,
  ZSourceIdsSchema,
} from '../help/source-references.js';

export const ZLinkSchema = z.object({
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
});

/** How to reach a step in one country; `international` is the fallback every step has. */
export const ZReachSchema = z.object({
  country: ZDirectoryCountrySchema,
  text: z.string().min(1),
  /** Help line ids from content/en/help, so numbers live in one place. */
  lineIds: z.array(z.string().min(1)).min(1).optional(),
  links: z.array(ZLinkSchema).min(1).optional(),
  sourceIds: ZSourceIdsSchema,
});

/** Parts of Ketalog a step can link to; the web app maps them to routes. */
export const ZInAppFeatureSchema = z.enum(['self-check', 'recovery-plan']);

export const ZPathwayStepSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(1),
    summary: z.string().min(1),
    involves: z.array(ZCitedTextSchema).min(1),
    whatToExpect: z.array(ZCitedTextSchema).min(1),
    inApp: ZInAppFeatureSchema.optional(),
    reach: z.array(ZReachSchema).min(1),
  })
  .superRefine((step, ctx) => {
    const countries = step.reach.map((entry) => entry.country);
    if (!countries.includes(fallbackDirectory)) {
      ctx.addIssue({ code: 'custom', path: ['reach'], message: 'needs an international entry' });
    }
    if (new Set(countries).size !== countries.length) {
      ctx.addIssue({ code: 'custom', path: ['reach'], message: 'a country appears twice' });
    }
  });

export const ZPathwaySchema = z
  .object({
    title: z.string().min(1),
    intro: z.string().min(1),
    lastReviewed: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    steps: z.array(ZPathwayStepSchema).min(1),
    sources: z.array(ZSourceEntrySchema).min(1),
  })
  .superRefine((pathway, ctx) => {
    const ids = pathway.steps.map((step) => step.id);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'duplicate step id' });
    }
    const uses: SourceUse[] = pathway.steps.flatMap((step, s) => [
      ...step.involves.map((item, i) => ({ path: ['steps', s, 'involves', i], ...item })),
      ...step.whatToExpect.map((item, i) => ({ path: ['steps', s, 'whatToExpect', i], ...item })),
      ...step.reach.map((entry, r) => ({ path: ['steps', s, 'reach', r], ...entry })),
    ]);
    addSourceIssues(ctx, pathway.sources, uses);
  });

export type PathwayStep = z.infer<typeof ZPathwayStepSchema>;
export type PathwayReach = z.infer<typeof ZReachSchema>;
export type Pathway = z.infer<typeof ZPathwaySchema>;
