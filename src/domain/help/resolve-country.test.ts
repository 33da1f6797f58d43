import { describe, expect, it } from 'vitest';
import {
  countriesFromAcceptLanguage,
  isWellFormedCountryCode,
  parseCountryChoice,
  resolveCountry,
} from './resolve-country.js';

const available = ['GB', 'US', 'IE', 'CA', 'AU', 'NZ', 'DE'];

describe('country codes', () => {
  it('accepts two letters in any case', () => {
    for (const code of ['GB', 'gb', 'Us', 'zz']) expect(isWellFormedCountryCode(code)).toBe(true);
  });

  it('rejects anything that is not exactly two letters', () => {
    for (const code of ['', 'G', 'GBR', 'G1', '12', 'ü1', 'G B', '<script>']) {
      expect(isWellFormedCountryCode(code)).toBe(false);
    }
  });
});

describe('choosing which country’s help to show', () => {
  it('uses the profile’s country before the browser language', () => {
    expect(
      resolveCountry({ profileCountry: 'IE', acceptLanguage: 'en-GB,en;q=0.9' }, available),
    ).toBe('IE');
  });

  it('uses the browser language region when there is no profile country', () => {
    expect(resolveCountry({ acceptLanguage: 'en-AU,en;q=0.9' }, available)).toBe('AU');
  });

  it('falls back to the international list when nothing matches', () => {
    expect(resolveCountry({}, available)).toBe('international');
    expect(resolveCountry({ acceptLanguage: 'fr-FR,fr;q=0.9' }, available)).toBe('international');
  });

  it('lets an explicit choice win over profile and browser', () => {
    expect(
      resolveCountry({ requested: 'nz', profileCountry: 'GB', acceptLanguage: 'en-US' }, available),
    ).toBe('NZ');
  });

  it('gives the international list for a well-formed country we have no directory for', () => {
    expect(resolveCountry({ requested: 'FR', profileCountry: 'GB' }, available)).toBe(
      'international',
    );
  });

  it('ignores a malformed explicit choice and carries on with the other hints', () => {
    expect(resolveCountry({ requested: 'GBR', profileCountry: 'GB' }, available)).toBe('GB');
  });

  it('reads UK as the United Kingdom', () => {
    expect(resolveCountry({ requested: 'uk' }, available)).toBe('GB');
  });

  it('skips a profile country we do not cover and tries the browser next', () => {
    expect(resolveCountry({ profileCountry: 'FR', acceptLanguage: 'de-DE' }, available)).toBe('DE');
  });

  it('follows the browser’s order of preference, not the header order', () => {
    expect(countriesFromAcceptLanguage('fr-FR;q=0.5, en-NZ;q=0.8, de')).toEqual(['NZ', 'FR']);
  });

  it('does not guess a country from a bare language', () => {
    expect(countriesFromAcceptLanguage('de, en;q=0.9')).toEqual([]);
  });

  it('survives a garbled header', () => {
    expect(resolveCountry({ acceptLanguage: ';;,q=,en-;q=abc,*' }, available)).toBe(
      'international',
    );
  });
});

describe('the international directory as an explicit choice', () => {
  it('is a valid choice in any case, and wins over profile and browser', () => {
    for (const requested of ['international', 'International', ' INTERNATIONAL ']) {
      expect(
        resolveCountry({ requested, profileCountry: 'GB', acceptLanguage: 'en-US' }, available),
      ).toBe('international');
    }
    expect(parseCountryChoice('international')).toBe('international');
  });

  it('accepts only assigned ISO 3166-1 codes: "UN" (what "United Kingdom" used to save as) is not one', () => {
    expect(parseCountryChoice('gb')).toBe('GB');
    expect(parseCountryChoice('uk')).toBe('GB');
    expect(parseCountryChoice('fr')).toBe('FR');
    for (const value of ['UN', 'ZZ', 'XX', 'EU', 'GBR', 'United Kingdom', 'intl', '']) {
      expect(parseCountryChoice(value)).toBeUndefined();
    }
  });
});
