import { ISO_COUNTRY_CODES } from '../../domain/help/country-codes.js';

const regionNames = () => new Intl.DisplayNames(undefined, { type: 'region' });

/** A country's name in the reader's language: "GB" → "United Kingdom" (or "Royaume-Uni"). */
export function countryName(code: string): string {
  return regionNames().of(code) ?? code;
}

/** Every ISO 3166-1 country, named in the reader's language, in alphabetical order. */
export function countriesByName(): Array<{ code: string; name: string }> {
  const names = regionNames();
  const collator = new Intl.Collator();
  return ISO_COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
