/// <reference types="vite/client" />
import { findHelp, type HelpAnswer } from '../../domain/help/find-help.js';
import type { HelpDirectory } from '../../domain/help/help-directory-schema.js';
import { DEFAULT_LOCALE } from '../../domain/i18n/catalogue.js';
import { messages } from '../i18n/t.js';

/**
 * Every `content/<locale>/help/*.json`, built into the web app so the emergency number and
 * crisis lines show even when the API fails or the device is offline. Still data: adding a
 * country or a language is adding files; the build picks them up. Not parsed here (that
 * would ship zod to every visitor): the server validates the same files at start, and a
 * test checks that the bundled copy equals the validated one.
 */
const files = import.meta.glob<unknown>('../../../content/*/help/*.json', {
  eager: true,
  import: 'default',
});

/** The help files of one locale folder, by country. */
function directoriesOf(locale: string): Map<string, HelpDirectory> {
  return new Map(
    Object.entries(files)
      .filter(([file]) => file.split('/').at(-3) === locale)
      .map(([, raw]) => {
        const directory = raw as HelpDirectory;
        return [directory.country, directory] as const;
      }),
  );
}

/** In the web app's language; a country its folder lacks comes from English. */
export const bundledHelpDirectories: ReadonlyMap<string, HelpDirectory> = new Map([
  ...directoriesOf(DEFAULT_LOCALE),
  ...directoriesOf(messages.locale),
]);

/** The browser's languages as an Accept-Language header would carry them. */
const deviceLanguages = () =>
  typeof navigator === 'undefined' ? '' : navigator.languages.join(',');

/** The help answer the server would give, worked out on the device from the bundled copy. */
export function helpOnDevice(
  country: string | undefined,
  profileCountry: string | null | undefined,
  acceptLanguage: string = deviceLanguages(),
): HelpAnswer {
  return findHelp(bundledHelpDirectories, { requested: country, profileCountry, acceptLanguage });
}
