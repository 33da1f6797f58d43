import { highlightEnd, highlightStart } from './search-snippet.js';

/**
 * An article body as plain text for the search index and its snippets: citation markers
 * and Markdown syntax removed, link text kept, highlight markers impossible, all on one
 * line (a snippet is shown as one run of text).
 */
export function searchableText(markdown: string): string {
  return markdown
    .replace(/[ \t]*\[ref:[^\]\n]*\]/g, '')
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replaceAll(highlightStart, '')
    .replaceAll(highlightEnd, '')
    .replace(/\s+/g, ' ')
    .trim();
}
