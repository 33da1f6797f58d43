/**
 * Search snippets come back from the database with highlighted words between these two
 * characters (never HTML), so the web app can render them as <mark> elements safely.
 * They are mathematical white square brackets, which article text never uses.
 */
export const highlightStart = '\u27e6';
export const highlightEnd = '\u27e7';

export type SnippetPart = { text: string; highlighted: boolean };

/** Splits a snippet into plain and highlighted parts; stray markers are dropped. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let highlighted = false;
  let text = '';
  const flush = () => {
    if (text !== '') parts.push({ text, highlighted });
    text = '';
  };
  for (const character of snippet) {
    if (character === highlightStart || character === highlightEnd) {
      flush();
      highlighted = character === highlightStart;
    } else {
      text += character;
    }
  }
  flush();
  return parts;
}
