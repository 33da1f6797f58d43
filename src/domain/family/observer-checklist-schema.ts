import { z } from 'zod';
import { addSourceIssues, sourceEntrySchema, sourceIdsSchema } from '../help/source-references.js';
import { signGroupIdSchema } from './family-guide-schema.js';

/** What an urgent sign calls for, most pressing first. */
export const urgentActions = ['emergency', 'crisis-line', 'urgent-medical'] as const;
export const urgentActionSchema = z.enum(urgentActions);

/** Keys the web app turns into buttons (help directory sections, articles, the guide). */
export const guidanceActionSchema = z.enum([
  ...urgentActions,
  'talk',
  'learn',
  'drug-line',
  'see-doctor',
  'family-support',
]);

export const guidanceTiers = ['none', 'few', 'several', 'urgent'] as const;
export const guidanceTierSchema = z.enum(guidanceTiers);

export const checklistItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  group: signGroupIdSchema,
  /** A yes/no question in plain words about something an observer can see or hear. */
  question: z.string().min(1),
  /** Present when a yes means help is needed now, whatever else is ticked. */
  urgent: urgentActionSchema.optional(),
  sourceIds: sourceIdsSchema,
});

export const tierGuidanceSchema = z.object({
  title: z.string().min(1),
  message: z.string().min(1),
  nextSteps: z.array(z.string().min(1)).min(1),
  actions: z.array(guidanceActionSchema).min(1),
});

export const observerChecklistSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    intro: z.string().min(1),
    lastReviewed: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    items: z.array(checklistItemSchema).min(8).max(12),
    /** How many ordinary (non-urgent) signs count as "several". */
    severalSignsFrom: z.number().int().min(2),
    guidance: z.object({
      none: tierGuidanceSchema,
      few: tierGuidanceSchema,
      several: tierGuidanceSchema,
      urgent: tierGuidanceSchema,
    }),
    sources: z.array(sourceEntrySchema).min(1),
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

export type UrgentAction = z.infer<typeof urgentActionSchema>;
export type GuidanceAction = z.infer<typeof guidanceActionSchema>;
export type GuidanceTier = z.infer<typeof guidanceTierSchema>;
export type TierGuidance = z.infer<typeof tierGuidanceSchema>;
export type ObserverChecklist = z.infer<typeof observerChecklistSchema>;
