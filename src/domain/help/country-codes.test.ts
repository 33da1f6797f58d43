import { describe, expect, it } from 'vitest';
import { ISO_COUNTRY_CODES, isIsoCountryCode } from './country-codes.js';

describe('ISO 3166-1 country codes', () => {
  it('lists the 249 assigned codes once each, in order', () => {
    expect(ISO_COUNTRY_CODES).toHaveLength(249);
    expect(new Set(ISO_COUNTRY_CODES).size).toBe(249);
    expect([...ISO_COUNTRY_CODES].sort()).toEqual(ISO_COUNTRY_CODES);
  });

  it('has a name for every code, so a picker never shows a bare code', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of ISO_COUNTRY_CODES) expect(names.of(code), code).not.toBe(code);
    expect(names.of('GB')).toBe('United Kingdom');
  });

  it('knows real codes and refuses reserved or made-up ones', () => {
    for (const code of ['GB', 'US', 'IE', 'FR', 'JP', 'ZW'])
      expect(isIsoCountryCode(code)).toBe(true);
    for (const code of ['UN', 'UK', 'EU', 'ZZ', 'gb', 'GBR'])
      expect(isIsoCountryCode(code)).toBe(false);
  });
});
