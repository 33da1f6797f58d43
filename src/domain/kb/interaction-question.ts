import { resolveSubstance } from '../interactions/resolve-substance.js';
import { containsPhrase, searchWords } from './search-terms.js';

/**
 * Questions about taking ketamine with something else ("is it safe with my antidepressants",
 * "can I drink on it") are best answered by the combinations article and the checker, even
 * when their words match other articles better. Data, not code: add a word to teach it more.
 */
export const combinationsArticleSlug = 'combinations';

/** Words that ask about taking things together. */
export const togetherCues: readonly string[] = [
  'with',
  'mix',
  'mixing',
  'mixed',
  'combine',
  'combining',
  'combined',
  'combo',
  'together',
  'interact',
  'interacts',
  'interaction',
  'interactions',
  'on it',
  'on k',
  'on ketamine',
  'while',
  'same time',
];

/** Everyday names for other things taken, beside the substance names the checker knows. */
export const otherThingsTaken: readonly string[] = [
  'antidepressant',
  'antidepressants',
  'medication',
  'medications',
  'medicine',
  'medicines',
  'meds',
  'pills',
  'tablets',
  'prescription',
  'drink',
  'drinking',
  'drinks',
  'drunk',
  'beer',
  'wine',
  'drugs',
];

/** True when the text asks about ketamine together with another substance or medicine. */
export function isInteractionQuestion(text: string): boolean {
  const words = searchWords(text);
  if (!togetherCues.some((cue) => containsPhrase(words, searchWords(cue)))) return false;
  return words.some((word) => {
    if (otherThingsTaken.includes(word)) return true;
    const resolved = resolveSubstance(word);
    return resolved !== undefined && resolved.class !== 'ketamine';
  });
}
