import { messagesEn, type MessageKey } from './messages.en.js';

/** Looks up a message and fills `{name}` placeholders. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return messagesEn[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** Keys that come in plural forms: `<base>.one` and `<base>.other` (more forms may follow). */
type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}.other` ? Base : never;
}[MessageKey];

const pluralRules = new Intl.PluralRules('en');

/**
 * A message in the plural form the count needs ("1 day", "2 days"), chosen by the
 * language's plural rules; `{count}` is filled in, formatted for the locale.
 */
export function tPlural(
  base: PluralBase,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const form = `${base}.${pluralRules.select(count)}`;
  const key = (form in messagesEn ? form : `${base}.other`) as MessageKey;
  return t(key, { count: count.toLocaleString(), ...values });
}
