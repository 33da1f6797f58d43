import { describe, expect, it } from 'vitest';
import { catalogue, resolveLocale } from './catalogue.js';

describe('the message catalogue', () => {
  const en = catalogue('en');

  it('says "1 day" and "2 days", and "0 days"', () => {
    expect(en.tPlural('time.days', 1)).toBe('1 day');
    expect(en.tPlural('time.days', 2)).toBe('2 days');
    expect(en.tPlural('time.days', 0)).toBe('0 days');
  });

  it('fills placeholders and formats counts for the language', () => {
    expect(en.tPlural('time.days', 1200)).toBe('1,200 days');
    expect(en.t('errors.checkFields', { fields: 'Sleep' })).toBe('Please check Sleep.');
  });

  it('falls back to English for a language it does not have', () => {
    expect(resolveLocale(['xx-YY', 'en-GB'])).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
    expect(catalogue('xx').t('errors.offline')).toBe(en.t('errors.offline'));
  });

  it('finds keys built from data, and says when there is none', () => {
    expect(en.fromData('errors.checkFields', { fields: 'Sleep' })).toBe('Please check Sleep.');
    expect(en.fromData('errors.no-such-key')).toBeUndefined();
  });
});
