import { z } from 'zod';
import { ZDirectoryCountrySchema } from '../help/help-directory-schema.js';
import {
  addSourceIssues,
  ZCitedTextSchema,
  type SourceUse,
  ZSourceEntrySchema,
  ZSourceIdsSchema,
} from '../help/source-references.js';

export const ZSignGroupIdSchema = z.enum(['behaviour', 'physical', 'bladder', 'money', 'friends']);

export const ZSignGroupSchema = z.object({
  id: ZSignGroupIdSchema,
  title: z.string().min(1),
  signs: z.array(ZCitedTextSchema).min(1),
});

export const ZTipSectionSchema = z.object({
  title: z.string().min(1),
  tips: z.array(ZCitedTextSchema).min(1),
});

/**
 * Either a help line from content/en/help (by id, so numbers live in one place) or a
 * web-only service described here.
 */
const ZSupportOptionSchema = z
  .object({
    lineId: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    web: z.url({ protocol: /^https$/ }).optional(),
    summary: z.string().min(1),
    sourceIds: ZSourceIdsSchema,
  })
  .refine((option) => option.lineId !== undefined || (option.name && option.web), {
    message: 'give a lineId, or a name and a web address',
  });

const ZCountrySupportSchema = z.object({
  country: ZDirectoryCountrySchema,
  options: z.array(ZSupportOptionSchema).min(1),
  /** Gaps, e.g. no national family line. */
  note: z.string().min(1).optional(),
});

export const ZFamilyGuideSchema = z
  .object({
    title: z.string().min(1),
    intro: z.string().min(1),
    lastReviewed: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    signGroups: z.array(ZSignGroupSchema).min(1),
    conversation: ZTipSectionSchema,
    selfCare: ZTipSectionSchema,
    support: z.array(ZCountrySupportSchema).min(1),
    sources: z.array(ZSourceEntrySchema).min(1),
  })
  .superRefine((guide, ctx) => {
    const uses: SourceUse[] = [
      ...guide.signGroups.flatMap((group, g) =>
        group.signs.map((sign, s) => ({ path: ['signGroups', g, 'signs', s], ...sign })),
      ),
      ...guide.conversation.tips.map((tip, t) => ({ path: ['conversation', 'tips', t], ...tip })),
      ...guide.selfCare.tips.map((tip, t) => ({ path: ['selfCare', 'tips', t], ...tip })),
      ...guide.support.flatMap((country, c) =>
        country.options.map((option, o) => ({ path: ['support', c, 'options', o], ...option })),
      ),
    ];
    addSourceIssues(ctx, guide.sources, uses);
  });

export type FamilyGuide = z.infer<typeof ZFamilyGuideSchema>;

/** Help line ids the guide points at, for checking against the help directories. */
export function referencedLineIds(guide: FamilyGuide): string[] {
  return guide.support.flatMap((country) =>
    country.options.flatMap((option) => (option.lineId === undefined ? [] : [option.lineId])),
  );
}
