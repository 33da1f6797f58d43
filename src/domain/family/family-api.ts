import { z } from 'zod';
import { ZAvailableDirectoriesSchema } from '../help/help-api.js';
import { ZHelpLineSchema } from '../help/help-directory-schema.js';
import { ZSourceEntrySchema, ZSourceIdsSchema } from '../help/source-references.js';
import { ZSignGroupSchema, ZTipSectionSchema } from './family-guide-schema.js';
import {
  ZChecklistItemSchema,
  ZGuidanceTierSchema,
  ZTierGuidanceSchema,
  ZUrgentActionSchema,
} from './observer-checklist-schema.js';

/** Requests and answers of the family routes. */

export const ZChecklistBodySchema = z.strictObject({
  answers: z.record(z.string().min(1).max(80), z.boolean()),
});

/** A support option of the guide, with the help line it points at (numbers live there). */
const ZFamilySupportOptionSchema = z.object({
  name: z.string().optional(),
  web: z.string().optional(),
  summary: z.string(),
  sourceIds: ZSourceIdsSchema,
  line: ZHelpLineSchema.optional(),
});

export const ZFamilyGuideAnswerSchema = z.object({
  title: z.string(),
  intro: z.string(),
  lastReviewed: z.string(),
  signGroups: z.array(ZSignGroupSchema),
  conversation: ZTipSectionSchema,
  selfCare: ZTipSectionSchema,
  sources: z.array(ZSourceEntrySchema),
  country: z.string(),
  countryName: z.string(),
  available: ZAvailableDirectoriesSchema,
  support: z.object({ options: z.array(ZFamilySupportOptionSchema), note: z.string().optional() }),
  /** Whole, with its guidance: the web app scores a visitor's answers on the device. */
  checklist: z.object({
    id: z.string(),
    title: z.string(),
    intro: z.string(),
    lastReviewed: z.string(),
    items: z.array(ZChecklistItemSchema),
    severalSignsFrom: z.number(),
    guidance: z.object({
      none: ZTierGuidanceSchema,
      few: ZTierGuidanceSchema,
      several: ZTierGuidanceSchema,
      urgent: ZTierGuidanceSchema,
    }),
    sources: z.array(ZSourceEntrySchema),
  }),
});
export type FamilyGuideAnswer = z.infer<typeof ZFamilyGuideAnswerSchema>;

export const ZObserverGuidanceSchema = z.object({
  tier: ZGuidanceTierSchema,
  /** Every item answered yes, urgent or not. */
  signsSeen: z.number(),
  urgentSigns: z.array(z.string()),
  /** What the urgent signs call for, most pressing first, without repeats. */
  urgentActions: z.array(ZUrgentActionSchema),
  guidance: ZTierGuidanceSchema,
});
