import { z } from 'zod';

/**
 * Text and time fields every API schema shares. PostgreSQL refuses a NUL byte in text and a
 * lone surrogate in jsonb, and PGlite reads years 0001–0099 back as 19xx; input like that is
 * refused here with a 400 rather than failing in the database.
 */

// With the u flag a well-formed surrogate pair is one code point, so \p{Cs} matches only a lone half.
const loneSurrogate = /\p{Cs}/u;

/** Any text a person types: no NUL byte, no lone surrogate, trimmed, at most `max` characters. */
export const safeText = (max: number, tooLong?: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .refine((text) => !text.includes('\u0000') && !loneSurrogate.test(text), {
      message: 'contains a character that cannot be stored (a NUL byte or a broken emoji)',
    });

/** Earliest and latest times accepted anywhere: 1900 to one year from now. */
export const earliestYear = 1900;
const yearMs = 366 * 24 * 60 * 60 * 1000;
const rangeMessage = `must be between ${earliestYear}-01-01 and one year from now`;

export function isInAcceptedRange(time: Date, now = new Date()): boolean {
  return time.getUTCFullYear() >= earliestYear && time.getTime() <= now.getTime() + yearMs;
}

/** An ISO 8601 time with offset, from 1900 to one year ahead. */
export const ZIsoDateTimeSchema = z.iso
  .datetime({
    offset: true,
    message: 'Use an ISO 8601 time with offset, e.g. 2026-11-27T21:30:00+00:00',
  })
  .refine((text) => isInAcceptedRange(new Date(text)), { message: rangeMessage });

/** A calendar date (YYYY-MM-DD), from 1900 to one year ahead. */
export const ZIsoDateSchema = z.iso
  .date({ message: 'Use a date like 2026-11-27' })
  .refine((text) => isInAcceptedRange(new Date(`${text}T12:00:00Z`)), { message: rangeMessage });
