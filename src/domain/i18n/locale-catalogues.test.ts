import { describe, expect, it } from 'vitest';
import { ERROR_REASONS, errorStatusByCode } from '../errors.js';
import { catalogue } from './catalogue.js';
import { compareWithEnglish } from './compare-with-english.js';
import { messagesEn } from './en/index.js';
import { translations } from './locales.js';

describe('the catalogues of every language', () => {
  it.each(Object.keys(translations))(
    '%s has every English key, with the same placeholders',
    (locale) => {
      expect(compareWithEnglish(translations[locale] ?? {})).toEqual([]);
    },
  );

  it('finds a missing key, a changed placeholder and an unknown key in a translation', () => {
    const faulty = {
      ...messagesEn,
      'errors.checkFields': 'Bitte {felder} prüfen.',
      'errors.no-such-thing': 'x',
      'time.days.few': '{count} dni',
    } as Record<string, string>;
    delete faulty['errors.offline'];
    expect(compareWithEnglish(faulty)).toEqual([
      'missing errors.offline',
      'errors.checkFields: placeholders {felder} instead of {fields}',
      'unknown key errors.no-such-thing',
    ]);
  });

  it('has words for every error code and every reason', () => {
    const english = catalogue('en');
    for (const code of Object.keys(errorStatusByCode)) {
      expect(english.fromData(`errors.code.${code}`), code).toBeDefined();
    }
    for (const reason of ERROR_REASONS) {
      expect(english.fromData(`errors.reason.${reason}`, { count: 2 }), reason).toBeDefined();
    }
  });
});
