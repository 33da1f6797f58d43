import { searchSynonyms, type SearchSynonym } from './search-synonyms.js';

/** Longest accepted search text, in characters: enough for a sentence, not for a document. */
export const maxSearchTextLength = 200;
/** The search ORs at most this many terms, so a long query cannot build a huge tsquery. */
export const maxSearchTerms = 24;

/** Lower case, straight apostrophes, words of letters and digits (apostrophes kept inside). */
export function searchWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** True when `phrase` (as words) appears in `words`, in order and next to each other. */
export function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/**
 * The terms a Learn search looks for: the typed words plus the article vocabulary for any
 * everyday phrase in them ("can't sleep" → insomnia), without repeats, typed words first.
 * The database ORs them, so an article matching more of them ranks higher.
 */
export function searchTermsFor(
  text: string,
  synonyms: readonly SearchSynonym[] = searchSynonyms,
): string[] {
  const words = searchWords(text);
  const terms = new Set(words);
  for (const synonym of synonyms) {
    if (containsPhrase(words, searchWords(synonym.phrase))) {
      for (const expansion of synonym.expandsTo) terms.add(expansion);
    }
  }
  return [...terms].slice(0, maxSearchTerms);
}
