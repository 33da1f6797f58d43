import { AppError } from '../errors.js';
import type { HelpDirectory } from './help-directory-schema.js';
import {
  type CountryHints,
  fallbackDirectory,
  parseCountryChoice,
  resolveCountry,
} from './resolve-country.js';

export type HelpAnswer = {
  /** The directory shown: a country code or `international`. */
  country: string;
  directory: HelpDirectory;
  available: Array<{ country: string; countryName: string }>;
  /**
   * The country the person asked for or saved in their profile when we have no local
   * directory for it yet (e.g. "FR"), so the page can say so; absent otherwise.
   */
  noLocalDirectoryFor?: string;
};

/**
 * The help directory for the asked country, the profile's, the browser's, or the
 * international fallback. Runs on the server and, from the bundled copy, on the device.
 * A `requested` value that is neither an ISO 3166-1 code nor `international` is refused.
 */
export function findHelp(
  directories: ReadonlyMap<string, HelpDirectory>,
  hints: Omit<CountryHints, 'profileCountry'> & { profileCountry?: string | null | undefined },
): HelpAnswer {
  const requested = hints.requested === undefined ? undefined : parseCountryChoice(hints.requested);
  if (hints.requested !== undefined && requested === undefined) {
    throw new AppError(
      'validation_failed',
      'Choose a country by its two-letter code (such as GB or US), or "international".',
      [{ path: 'country', message: 'must be a country code or international' }],
    );
  }
  const profileCountry = hints.profileCountry ?? undefined;
  const country = resolveCountry({ ...hints, profileCountry }, [...directories.keys()]);
  const directory = directories.get(country) ?? directories.get(fallbackDirectory);
  if (!directory)
    throw new AppError('unavailable', 'The help directory is missing from this installation.');
  const wanted =
    requested ?? (profileCountry === undefined ? undefined : parseCountryChoice(profileCountry));
  return {
    country: directory.country,
    directory,
    available: [...directories.values()].map((entry) => ({
      country: entry.country,
      countryName: entry.countryName,
    })),
    ...(wanted !== undefined && wanted !== fallbackDirectory && !directories.has(wanted)
      ? { noLocalDirectoryFor: wanted }
      : {}),
  };
}
