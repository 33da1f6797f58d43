import { z } from 'zod';
import {
  addSourceIssues,
  ZSourceEntrySchema,
  ZSourceIdsSchema,
} from '../help/source-references.js';
import { ZSignGroupIdSchema } from './family-guide-schema.js';

/** What an urgent sign calls for, most pressing first. */
export const urgentActions = ['emergency', 'crisis-line', 'urgent-medical'] as const;
export const ZUrgentActionSchema = z.enum(urgentActions);

/** Keys the web app turns into buttons (help directory sections, articles, the guide). */
export const ZGuidanceActionSchema = z.enum([
  ...urgentActions,
  'talk',
  'learn',
  'drug-line',
  'see-doctor',
  'family-support',
]);

export const guidanceTiers = ['none', 'few', 'several', 'urgent'] as const;
export const ZGuidanceTierSchema = z.enum(guidanceTiers);

export const ZChecklistItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  group: ZSignGroupIdSchema,
  /** A yes/no question in plain words about something an observer can see or hear. */
  question: z.string().min(1),
  /** Present when a yes means help is needed now, whatever else is ticked. */
  urgent: ZUrgentActionSchema.optional(),
  sourceIds: ZSourceIdsSchema,
});

export const ZTierGuidanceSchema = z.object({
  title: z.string().min(1),
  message: z.string().min(1),
  nextSteps: z.array(z.string().min(1)).min(1),
  actions: z.array(ZGuidanceActionSchema).min(1),
});

export const ZObserverChecklistSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    intro: z.string().min(1),
    lastReviewed: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    items: z.array(ZChecklistItemSchema).min(8).max(12),
    /** How many ordinary (non-urgent) signs count as "several". */
    severalSignsFrom: z.number().int().min(2),
    guidance: z.object({
      none: ZTierGuidanceSchema,
      few: ZTierGuidanceSchema,
      several: ZTierGuidanceSchema,
      urgent: ZTierGuidanceSchema,
    }),
    sources: z.array(ZSourceEntrySchema).min(1),
  })
  .superRefine((checklist, ctx) => {
    const ids = new Set<string>();
    checklist.items.forEach((item, index) => {
      if (ids.has(item.id)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: 'duplicate id' });
      }
      ids.add(item.id);
    });
    const ordinary = checklist.items.filter((item) => item.urgent === undefined).length;
    if (checklist.severalSignsFrom > ordinary) {
      ctx.addIssue({
        code: 'custom',
        path: ['severalSignsFrom'],
        message: 'is more than the number of ordinary items',
      });
    }
    addSourceIssues(
      ctx,
      checklist.sources,
      checklist.items.map((item, index) => ({ path: ['items', index], ...item })),
    );
  });

export type UrgentAction = z.infer<typeof ZUrgentActionSchema>;
export type GuidanceAction = z.infer<typeof ZGuidanceActionSchema>;
export type GuidanceTier = z.infer<typeof ZGuidanceTierSchema>;
export type TierGuidance = z.infer<typeof ZTierGuidanceSchema>;
export type ObserverChecklist = z.infer<typeof ZObserverChecklistSchema>;
