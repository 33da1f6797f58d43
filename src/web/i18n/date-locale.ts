import { dateLocale } from '../../domain/i18n/date-locale.js';
import { messages } from './t.js';

const deviceLocale = () => globalThis.navigator?.language;

let current = dateLocale(messages.locale, undefined, deviceLocale());

/** The locale the web app writes dates and times in (see domain/i18n/date-locale.ts). */
export const dateLocaleNow = () => current;

/** Dates follow the signed-in person's country; called as the account loads or changes. */
export function followProfileCountry(country: string | null | undefined): void {
  current = dateLocale(messages.locale, country, deviceLocale());
}
