import { messagesEn, type MessageKey } from './en/index.js';
import { translations, type Translation } from './locales.js';

export type { MessageKey } from './en/index.js';

type MessagesEn = typeof messagesEn;

/** The `{name}` placeholders of a message, read from its English text by the compiler. */
type PlaceholdersOf<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

/** What `t` needs for a key: nothing, or a value for each of its placeholders. */
export type MessageValues<Key extends MessageKey> = Key extends MessageKey
  ? [PlaceholdersOf<MessagesEn[Key]>] extends [never]
    ? []
    : [values: Record<PlaceholdersOf<MessagesEn[Key]>, string | number>]
  : never;

/** Keys that come in plural forms: `<base>.one` and `<base>.other` (a language may add more). */
export type PluralBase = {
  [Key in MessageKey]: Key extends `${infer Base}.other` ? Base : never;
}[MessageKey];

type PluralValues<Base extends PluralBase> = [
  Exclude<PlaceholdersOf<MessagesEn[`${Base}.other` & MessageKey]>, 'count'>,
] extends [never]
  ? []
  : [
      values: Record<
        Exclude<PlaceholdersOf<MessagesEn[`${Base}.other` & MessageKey]>, 'count'>,
        string | number
      >,
    ];

export type Catalogue = {
  /** The catalogue's language, e.g. 'en': the one asked for, or English when there is none. */
  locale: string;
  /** A message with its placeholders filled; a key missing in the language falls back to English. */
  t<Key extends MessageKey>(key: Key, ...values: MessageValues<Key>): string;
  /** The plural form the count needs ("1 day", "2 days"), with `{count}` formatted. */
  tPlural<Base extends PluralBase>(
    base: Base,
    count: number,
    ...values: PluralValues<Base>
  ): string;
  /**
   * A message whose key is built from data (a questionnaire's band id, say), or undefined
   * when there is none; the content tests check that every such key exists. A numeric
   * `count` picks the plural form of a key that has them.
   */
  fromData(key: string, values?: Record<string, string | number>): string | undefined;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** "a, b, c": a list as the language writes it in running text. */
  list(items: readonly string[]): string;
  /** "a, b and c" (or "a, b, and c"): a list joined by the language's "and". */
  listAnd(items: readonly string[]): string;
};

export const DEFAULT_LOCALE = 'en';

/** The first of the wanted locales we have a catalogue for ('en-GB' finds 'en'), else English. */
export function resolveLocale(wanted: string | readonly string[] | undefined): string {
  const candidates = typeof wanted === 'string' ? [wanted] : (wanted ?? []);
  for (const tag of candidates) {
    const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (language === DEFAULT_LOCALE || Object.hasOwn(translations, language)) return language;
  }
  return DEFAULT_LOCALE;
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );

/**
 * Every user-facing word of the web app and the CLI, in one language. English is the source
 * (en/); another language is a `Translation` of the same keys (locales.ts), and any key it
 * lacks is shown in English.
 */
export function catalogue(wanted?: string | readonly string[]): Catalogue {
  const locale = resolveLocale(wanted);
  const own: Translation = translations[locale] ?? {};
  const english: Readonly<Record<string, string | undefined>> = messagesEn;
  const text = (key: string): string | undefined => own[key] ?? english[key];
  const numbers = new Intl.NumberFormat(locale);
  const pluralRules = new Intl.PluralRules(locale);
  const listFormat = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
  const andFormat = new Intl.ListFormat(locale, { type: 'conjunction' });
  const t = (key: string, values: Record<string, string | number> = {}) =>
    fill(text(key) ?? key, values);
  return {
    locale,
    t: (key, ...values) => t(key, values[0] ?? {}),
    tPlural: (base, count, ...values) => {
      const form = `${base}.${pluralRules.select(count)}`;
      const key = (own[form] ?? text(form)) !== undefined ? form : `${base}.other`;
      return t(key, { ...(values[0] ?? {}), count: numbers.format(count) });
    },
    fromData: (key, values = {}) => {
      const found = text(key);
      if (found !== undefined) return fill(found, values);
      // A message in plural forms: the form the count needs.
      const count = values.count;
      if (typeof count !== 'number' || text(`${key}.other`) === undefined) return undefined;
      const form = `${key}.${pluralRules.select(count)}`;
      return t(text(form) === undefined ? `${key}.other` : form, {
        ...values,
        count: numbers.format(count),
      });
    },
    number: (value, options) =>
      options ? new Intl.NumberFormat(locale, options).format(value) : numbers.format(value),
    list: (items) => listFormat.format(items),
    listAnd: (items) => andFormat.format(items),
  };
}
