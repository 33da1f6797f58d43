import { isIsoCountryCode } from './country-codes.js';

/** The directory used when no country-specific one fits. */
export const fallbackDirectory = 'international';

const countryCodeShape = /^[A-Za-z]{2}$/;

/**
 * "UK" is not the ISO 3166 code (that is GB) but people and some systems use it;
 * it is reserved by ISO for exactly this reason.
 */
const countryAliases: Record<string, string> = { UK: 'GB' };

/** Two letters A–Z, any case. Anything else in `?country=` is a client error. */
export function isWellFormedCountryCode(value: string): boolean {
  return countryCodeShape.test(value);
}

/** Upper-case ISO 3166-1 alpha-2 code, with "UK" read as GB. */
export function normaliseCountryCode(value: string): string {
  const upper = value.trim().toUpperCase();
  return countryAliases[upper] ?? upper;
}

/**
 * A country choice as people send it: an ISO 3166-1 alpha-2 code in any case ("uk" read as
 * GB) or the international directory. Undefined for anything else ("UN", "GBR", "12").
 */
export function parseCountryChoice(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.toLowerCase() === fallbackDirectory) return fallbackDirectory;
  if (!isWellFormedCountryCode(trimmed)) return undefined;
  const code = normaliseCountryCode(trimmed);
  return isIsoCountryCode(code) ? code : undefined;
}

type WeightedTag = { tag: string; weight: number; order: number };

function parseAcceptLanguage(header: string): WeightedTag[] {
  return header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((entry) => entry.tag !== '' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
}

/**
 * Countries named by region subtags in an Accept-Language header, most preferred first:
 * "en-GB,en;q=0.9,de-DE;q=0.8" → ["GB", "DE"]. A bare language ("de", "en") names no
 * country: German is spoken in Austria and Switzerland too, and a wrong country's lines
 * may not even connect, so only an explicit region counts.
 */
export function countriesFromAcceptLanguage(header: string): string[] {
  const countries: string[] = [];
  for (const { tag } of parseAcceptLanguage(header)) {
    const region = tag
      .split('-')
      .slice(1)
      .find((subtag) => isWellFormedCountryCode(subtag));
    if (region === undefined) continue;
    const country = normaliseCountryCode(region);
    if (!countries.includes(country)) countries.push(country);
  }
  return countries;
}

export type CountryHints = {
  /** Chosen explicitly, e.g. `?country=IE`: wins even when we have no directory for it. */
  requested?: string | undefined;
  /** From the person's saved profile. */
  profileCountry?: string | undefined;
  /** The browser's Accept-Language header. */
  acceptLanguage?: string | undefined;
};

/**
 * Which help directory to show: an explicit request, else the profile's country, else the
 * browser's language region, else the international fallback. An explicit request for a
 * country we have no directory for gets the fallback rather than someone else's country.
 * Malformed hints are ignored here; the API rejects a malformed `?country=` before calling.
 * `international` is a valid explicit choice: the fallback directory itself.
 */
export function resolveCountry(hints: CountryHints, available: readonly string[]): string {
  const known = new Set(available.map(normaliseCountryCode));
  const pick = (value: string | undefined): string | undefined => {
    const choice = value === undefined ? undefined : parseCountryChoice(value);
    return choice !== undefined && known.has(choice) ? choice : undefined;
  };

  if (hints.requested !== undefined && parseCountryChoice(hints.requested) !== undefined) {
    return pick(hints.requested) ?? fallbackDirectory;
  }
  const fromProfile = pick(hints.profileCountry);
  if (fromProfile !== undefined) return fromProfile;
  for (const country of countriesFromAcceptLanguage(hints.acceptLanguage ?? '')) {
    const fromBrowser = pick(country);
    if (fromBrowser !== undefined) return fromBrowser;
  }
  return fallbackDirectory;
}
