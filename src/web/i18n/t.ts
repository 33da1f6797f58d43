import { catalogue } from '../../domain/i18n/catalogue.js';

export type { MessageKey } from '../../domain/i18n/catalogue.js';

/** The web app's catalogue, in the browser's language when we have it (English otherwise). */
export const messages = catalogue(globalThis.navigator?.languages);

export const { t, tPlural } = messages;
