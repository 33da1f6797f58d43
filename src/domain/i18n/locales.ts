/**
 * The languages besides English. A translation maps message keys to text with the same
 * `{placeholders}` as the English (locale-catalogues.test.ts checks both); it may add plural
 * forms English does not have (`.few`, `.many`). To add one, see docs/translating.md.
 */
export type Translation = Readonly<Record<string, string>>;

export const translations: Readonly<Record<string, Translation>> = {};
