import { z } from 'zod';
import { fallbackDirectory, parseCountryChoice } from '../help/resolve-country.js';
import { safeText } from '../input-schemas.js';

export const roles = ['person', 'clinician', 'admin'] as const;
export type Role = (typeof roles)[number];

export const ZEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Email address is too long')
  .pipe(z.email('Enter a valid email address'));

/** An assigned ISO 3166-1 alpha-2 code in any case ("uk" read as GB), stored upper case. */
export const ZCountryCodeSchema = z
  .string()
  .max(20)
  .transform((value) => parseCountryChoice(value))
  .refine((code) => code !== undefined && code !== fallbackDirectory, {
    message: 'Choose a country from the list (a two-letter code such as GB or US)',
  })
  .transform((code) => code as string);

export const ZTimeZoneSchema = z
  .string()
  .max(64)
  .refine(isKnownTimeZone, 'Use an IANA time zone such as Europe/London');

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const ZProfileSchema = z.object({
  displayName: safeText(80).min(1).nullable(),
  country: ZCountryCodeSchema.nullable(),
  timeZone: ZTimeZoneSchema,
  /** Used only to scale the blood-level estimate. */
  weightKg: z.number().min(20).max(300).nullable(),
});
export type Profile = z.infer<typeof ZProfileSchema>;

/** The account as the API returns it (output only: no input transforms). */
export const ZAccountSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(roles),
  profile: z.object({
    displayName: z.string().nullable(),
    country: z.string().nullable(),
    timeZone: z.string(),
    weightKg: z.number().nullable(),
  }),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Account = z.infer<typeof ZAccountSchema>;
