import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSnippet } from './search-snippet.js';
import { maxSearchTerms, searchTermsFor } from './search-terms.js';
import { searchableText } from './search-text.js';

describe('search terms', () => {
  it('keeps the typed words and adds article words for everyday phrases', () => {
    expect(searchTermsFor('insomnia after stopping')).toEqual([
      'insomnia',
      'after',
      'stopping',
      'withdrawal',
    ]);
    expect(searchTermsFor('K cramps')).toEqual(
      expect.arrayContaining(['k', 'cramps', 'ketamine', 'bladder']),
    );
    expect(searchTermsFor('mixing with drink')).toEqual(
      expect.arrayContaining(['combination', 'alcohol']),
    );
  });

  it('reads a curly apostrophe like a straight one', () => {
    expect(searchTermsFor('can\u2019t sleep')).toContain('insomnia');
  });

  it('matches phrases on whole words only', () => {
    expect(searchTermsFor('kidney')).not.toContain('ketamine');
    expect(searchTermsFor('sweet')).not.toContain('urine');
  });

  it('never returns more than the term limit, and only letters, digits and apostrophes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const terms = searchTermsFor(text);
        expect(terms.length).toBeLessThanOrEqual(maxSearchTerms);
        for (const term of terms) expect(term).toMatch(/^[\p{L}\p{N}' -]+$/u);
      }),
    );
  });
});

describe('search snippets', () => {
  it('splits highlighted words from plain text', () => {
    expect(splitSnippet('poor \u27e6sleep\u27e7 after')).toEqual([
      { text: 'poor ', highlighted: false },
      { text: 'sleep', highlighted: true },
      { text: ' after', highlighted: false },
    ]);
  });

  it('leaves markup-looking text as plain text', () => {
    expect(splitSnippet('<b>x</b>')).toEqual([{ text: '<b>x</b>', highlighted: false }]);
  });
});

describe('searchable text', () => {
  it('drops citation markers and Markdown syntax but keeps the words', () => {
    expect(
      searchableText('## Title\n\n- **Bold** claim [ref:a][ref:b] and [a link](/learn/x).'),
    ).toBe('Title Bold claim and a link.');
  });
});
