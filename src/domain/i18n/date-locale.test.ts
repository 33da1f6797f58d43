import { describe, expect, it } from 'vitest';
import { dateLocale } from './date-locale.js';

const day = new Date('2026-11-27T12:00:00Z');
const written = (locale: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(day);

describe('the locale of dates', () => {
  it("follows the person's country over the device's", () => {
    expect(dateLocale('en', 'GB', 'en-US')).toBe('en-GB');
    expect(written(dateLocale('en', 'GB', 'en-US'))).toBe('27 Nov');
    expect(written(dateLocale('en', 'US', 'en-GB'))).toBe('Nov 27');
  });

  it("uses the device's locale without a country when it is in the app's language", () => {
    expect(dateLocale('en', null, 'en-AU')).toBe('en-AU');
    expect(dateLocale('en', undefined, 'de-DE')).toBe('en');
    expect(dateLocale('en', 'not a country', undefined)).toBe('en');
  });
});
