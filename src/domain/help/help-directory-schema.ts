import { z } from 'zod';
import { isDialable } from './dial-links.js';
import { fallbackDirectory, isWellFormedCountryCode } from './resolve-country.js';

/**
 * verified = the operator, a government page or two consistent sources;
 * partly = secondary sources only, or sources that disagree: show with care;
 * not-found = we looked and found no such service.
 * (Definitions from shared/reference/helplines.md.)
 */
export const ZConfidenceSchema = z.enum(['verified', 'partly', 'not-found']);

export const ZLinePurposeSchema = z.enum([
  'crisis',
  'drugs',
  'poisons',
  'health-advice',
  'emergency',
  'directory',
]);

export const ZPhoneNumberSchema = z
  .string()
  .refine(isDialable, { message: 'must be a dialable phone number (digits, spaces, hyphens)' });

/** Month the facts were last checked, e.g. "2026-11". */
export const ZCheckedMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month like 2026-11' });

export const ZCitationSchema = z.object({
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/ }).optional(),
});

const ZOtherNumberSchema = z.object({
  number: ZPhoneNumberSchema,
  /** Where or when this number applies, e.g. "Quebec", "Berlin", "second line". */
  label: z.string().min(1),
  /** Only when it differs from the line's confidence. */
  confidence: ZConfidenceSchema.optional(),
});

const ZTextOptionSchema = z.object({
  number: ZPhoneNumberSchema,
  /** Word to send, e.g. SHOUT; absent when any message will do. */
  keyword: z
    .string()
    .regex(/^[A-Za-z0-9 ]{1,30}$/)
    .optional(),
});

const ZChatOptionSchema = z.object({
  hours: z.string().min(1),
  url: z.url({ protocol: /^https$/ }).optional(),
});

/** Fields of a line that rest on weaker sources than the line as a whole. */
const ZLineFieldSchema = z.enum(['number', 'otherNumbers', 'text', 'chat', 'hours', 'web']);

export const ZHelpLineSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be kebab-case' }),
    name: z.string().min(1),
    /** One plain sentence: who it is for and what it offers. */
    summary: z.string().min(1),
    number: ZPhoneNumberSchema.optional(),
    otherNumbers: z.array(ZOtherNumberSchema).min(1).optional(),
    text: ZTextOptionSchema.optional(),
    chat: ZChatOptionSchema.optional(),
    hours: z.string().min(1),
    /** True only when the sources say the line answers around the clock. */
    open24Hours: z.boolean(),
    cost: z.string().min(1).optional(),
    /** Part of the country the line serves, when not all of it. */
    region: z.string().min(1).optional(),
    languages: z.array(z.string().min(1)).min(1).optional(),
    purpose: ZLinePurposeSchema,
    web: z.url({ protocol: /^https$/ }).optional(),
    /**
     * Where the facts were checked, for maintainers. The public sees the service's own
     * website (`web`) as the source instead: a listing or news page is no place to send a
     * person in crisis to confirm a number.
     */
    source: z.string().min(1),
    confidence: ZConfidenceSchema,
    partlyConfirmed: z.array(ZLineFieldSchema).min(1).optional(),
    checked: ZCheckedMonthSchema,
  })
  .refine(
    (line) =>
      line.number !== undefined ||
      line.otherNumbers !== undefined ||
      line.text !== undefined ||
      line.web !== undefined,
    { message: 'a line needs a number, other numbers, a text option or a web address' },
  );

export const ZEmergencySchema = z.object({
  number: ZPhoneNumberSchema,
  alternatives: z
    .array(z.object({ number: ZPhoneNumberSchema, note: z.string().min(1).optional() }))
    .min(1)
    .optional(),
  /** Where the number works, when that needs saying (the international fallback). */
  note: z.string().min(1).optional(),
  source: z.string().min(1),
  confidence: ZConfidenceSchema,
  /** What to do while waiting for help, in order, in plain words. */
  whatToDo: z.array(z.string().min(1)).min(4),
  sources: z.array(ZCitationSchema).min(1),
});

export const ZDirectoryCountrySchema = z.union([
  z.string().refine((code) => isWellFormedCountryCode(code) && code === code.toUpperCase(), {
    message: 'must be an upper-case two-letter country code',
  }),
  z.literal(fallbackDirectory),
]);

export const ZHelpDirectorySchema = z
  .object({
    country: ZDirectoryCountrySchema,
    countryName: z.string().min(1),
    emergency: ZEmergencySchema,
    lines: z.array(ZHelpLineSchema).min(1),
    /** Gaps and cautions, e.g. "no national drug helpline". */
    notes: z.array(z.string().min(1)).optional(),
  })
  .superRefine((directory, ctx) => {
    const seen = new Set<string>();
    directory.lines.forEach((line, index) => {
      if (seen.has(line.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', index, 'id'],
          message: `duplicate id ${line.id}`,
        });
      }
      seen.add(line.id);
    });
  });

export type LinePurpose = z.infer<typeof ZLinePurposeSchema>;
export type HelpLine = z.infer<typeof ZHelpLineSchema>;
export type HelpDirectory = z.infer<typeof ZHelpDirectorySchema>;
