/**
 * The locale dates and times are written in: the catalogue's language with the person's
 * country ('en' and 'GB' → 'en-GB', "27 Nov"; 'en' and 'US' → 'en-US', "Nov 27"). Without a
 * country, the device's own locale when it is in that language, else the language alone.
 */
export function dateLocale(
  language: string,
  country: string | null | undefined,
  deviceLocale: string | undefined,
): string {
  const candidates = [
    country ? `${language}-${country}` : undefined,
    deviceLocale?.toLowerCase().split(/[-_]/)[0] === language ? deviceLocale : undefined,
  ].filter((tag): tag is string => tag !== undefined);
  for (const tag of candidates) {
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf([tag]);
      if (supported) return supported;
    } catch {
      // A malformed tag (a country code the profile should not hold): try the next.
    }
  }
  return language;
}
