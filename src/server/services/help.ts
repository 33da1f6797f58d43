import { AppError } from '../../domain/errors.js';
import type { HelpDirectory } from '../../domain/help/help-directory-schema.js';
import {
  fallbackDirectory,
  isWellFormedCountryCode,
  resolveCountry,
} from '../../domain/help/resolve-country.js';

export type HelpAnswer = {
  country: string;
  directory: HelpDirectory;
  available: Array<{ country: string; countryName: string }>;
};

/** The help directory for the asked country, the profile's, the browser's, or the fallback. */
export function findHelp(
  directories: ReadonlyMap<string, HelpDirectory>,
  hints: {
    requested?: string | undefined;
    profileCountry?: string | null | undefined;
    acceptLanguage?: string | undefined;
  },
): HelpAnswer {
  if (hints.requested !== undefined && !isWellFormedCountryCode(hints.requested.trim())) {
    throw new AppError('validation_failed', 'Use a two-letter country code such as GB or US.', [
      { path: 'querystring.country', message: 'must be two letters' },
    ]);
  }
  const country = resolveCountry(
    {
      requested: hints.requested,
      profileCountry: hints.profileCountry ?? undefined,
      acceptLanguage: hints.acceptLanguage,
    },
    [...directories.keys()],
  );
  const directory = directories.get(country) ?? directories.get(fallbackDirectory);
  if (!directory)
    throw new AppError('unavailable', 'The help directory is missing from this installation.');
  return {
    country: directory.country,
    directory,
    available: [...directories.values()].map((entry) => ({
      country: entry.country,
      countryName: entry.countryName,
    })),
  };
}
