import { AppError } from '../errors.js';

/** Spaces, hyphens, dots and brackets people use to group digits; an optional leading +. */
const phoneShape = /^\+?[0-9]([0-9 ().-]*[0-9])?$/;
// Shortest real line here is 3 digits (999, 111, 000); E.164 caps numbers at 15 digits.
const minDigits = 3;
const maxDigits = 15;
/** An SMS keyword such as SHOUT: letters, digits and spaces only. */
const smsKeywordShape = /^[A-Za-z0-9 ]{1,30}$/;

function digitsOf(number: string): string {
  return number.replace(/[^0-9]/g, '');
}

/** True when a number as written in the directory can be turned into a working `tel:` link. */
export function isDialable(number: string): boolean {
  const trimmed = number.trim();
  if (!phoneShape.test(trimmed)) return false;
  const digitCount = digitsOf(trimmed).length;
  return digitCount >= minDigits && digitCount <= maxDigits;
}

function assertDialable(number: string): void {
  if (isDialable(number)) return;
  throw new AppError('validation_failed', `Not a dialable phone number: "${number}"`, [
    { path: 'number', message: 'Use digits, spaces or hyphens, with an optional leading +.' },
  ]);
}

/**
 * `tel:` link for a number as people write it in its own country: "116 123" → "tel:116123",
 * "1-800-662-4357" → "tel:18006624357". A leading + is kept; no country code is ever added,
 * because these lines are dialled from inside the country they serve.
 */
export function dialableNumber(number: string): string {
  assertDialable(number);
  const trimmed = number.trim();
  const plus = trimmed.startsWith('+') ? '+' : '';
  return `tel:${plus}${digitsOf(trimmed)}`;
}

export type SmsTarget = { number: string; keyword?: string | undefined };

/**
 * `sms:` link that opens the messaging app with the keyword filled in:
 * { number: "85258", keyword: "SHOUT" } → "sms:85258?&body=SHOUT".
 * The `?&body=` form is read correctly by both iOS and Android messaging apps.
 */
export function smsHref({ number, keyword }: SmsTarget): string {
  const tel = dialableNumber(number).slice('tel:'.length);
  if (keyword === undefined || keyword.trim() === '') return `sms:${tel}`;
  if (!smsKeywordShape.test(keyword)) {
    throw new AppError('validation_failed', `Not a valid SMS keyword: "${keyword}"`, [
      { path: 'keyword', message: 'Use letters, digits and spaces only.' },
    ]);
  }
  return `sms:${tel}?&body=${encodeURIComponent(keyword.trim())}`;
}
