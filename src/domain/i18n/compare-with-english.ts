import { messagesEn } from './en/index.js';
import type { Translation } from './locales.js';

const placeholdersOf = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

/** Plural forms a language may have that English does not (Intl.PluralRules categories). */
const pluralForms = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * What a translation lacks or gets wrong against English: keys it is missing, keys English
 * does not have (extra plural forms are fine), and messages whose placeholders differ.
 */
export function compareWithEnglish(translation: Translation): string[] {
  const english: Readonly<Record<string, string>> = messagesEn;
  const problems: string[] = [];
  for (const [key, text] of Object.entries(english)) {
    const translated = translation[key];
    if (translated === undefined) {
      problems.push(`missing ${key}`);
      continue;
    }
    const want = placeholdersOf(text).join(', ');
    const got = placeholdersOf(translated).join(', ');
    if (want !== got) problems.push(`${key}: placeholders {${got}} instead of {${want}}`);
  }
  for (const [key, translated] of Object.entries(translation)) {
    if (key in english) continue;
    const base = key.slice(0, key.lastIndexOf('.'));
    const form = key.slice(key.lastIndexOf('.') + 1);
    const englishOther = english[`${base}.other`];
    if (!pluralForms.includes(form) || englishOther === undefined) {
      problems.push(`unknown key ${key}`);
    } else if (placeholdersOf(translated).join() !== placeholdersOf(englishOther).join()) {
      problems.push(`${key}: placeholders differ from ${base}.other`);
    }
  }
  return problems;
}
