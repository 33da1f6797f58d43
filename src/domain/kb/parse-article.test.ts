import { describe, expect, it } from 'vitest';

import { AppError } from '../errors.js';
import { parseArticle } from './parse-article.js';

const validText = [
  '---',
  'slug: tolerance',
  'title: Tolerance',
  'summary: Why the same amount stops working.',
  'audience:',
  '  - person',
  '  - clinician',
  'tags:',
  '  - tolerance',
  'lastReviewed: 2026-11-20',
  'references:',
  '  - id: zanos-2018',
  '    kind: doi',
  '    value: 10.1124/pr.117.015198',
  '    citation: Zanos P et al. Pharmacol Rev 2018;70(3):621-660.',
  '  - id: pubmed',
  '    kind: pmid',
  '    value: 29945898',
  '    citation: Zanos P et al. (PubMed record).',
  '  - id: frank',
  '    kind: url',
  '    value: https://www.talktofrank.com/drug/ketamine',
  '    citation: FRANK. Ketamine.',
  '---',
  '',
  'Tolerance builds quickly [ref:zanos-2018][ref:pubmed]. Help is there [ref:frank].',
].join('\n');

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

function withLine(from: string, to: string): string {
  if (!validText.includes(from)) throw new Error(`fixture has no "${from}"`);
  return validText.replace(from, to);
}

describe('parseArticle', () => {
  it('returns a typed article whose body starts after the front matter', () => {
    const article = parseArticle('tolerance.md', validText);
    expect(article).toMatchObject({
      slug: 'tolerance',
      audience: ['person', 'clinician'],
      tags: ['tolerance'],
      lastReviewed: '2026-11-20',
    });
    expect(article.references.map((reference) => reference.kind)).toEqual(['doi', 'pmid', 'url']);
    expect(article.body.startsWith('Tolerance builds quickly')).toBe(true);
  });

  it('accepts a path and checks the slug against the file name only', () => {
    expect(parseArticle('content/en/articles/tolerance.md', validText).slug).toBe('tolerance');
  });

  it.each([
    ['a slug that differs from the file name', 'slug: tolerance', 'slug: tolerence', 'slug'],
    ['a missing title', 'title: Tolerance\n', '', 'title'],
    ['an unknown audience', '  - clinician', '  - parent', 'audience.1'],
    [
      'a single audience written as text',
      'audience:\n  - person\n  - clinician',
      'audience: person',
      'audience',
    ],
    [
      'an impossible review date',
      'lastReviewed: 2026-11-20',
      'lastReviewed: 2026-02-30',
      'lastReviewed',
    ],
    [
      'a malformed DOI',
      'value: 10.1124/pr.117.015198',
      'value: doi:10.1124/pr',
      'references.0.value',
    ],
    ['a PubMed ID with letters', 'value: 29945898', 'value: PMID29945898', 'references.1.value'],
    [
      'a plain http address',
      'value: https://www.talktofrank',
      'value: http://www.talktofrank',
      'references.2.value',
    ],
    ['an unknown reference kind', 'kind: pmid', 'kind: isbn', 'references.1.kind'],
    [
      'an unknown key',
      'lastReviewed: 2026-11-20',
      'lastReviewed: 2026-11-20\nauthor: Me',
      'front matter',
    ],
    ['a marker that resolves to nothing', '[ref:frank].', '[ref:frank][ref:nhs].', 'body'],
    ['a malformed marker', '[ref:frank].', '[ref:frank][ref: NHS].', 'body'],
    ['a reference never cited', ' Help is there [ref:frank].', ' Help is there.', 'references.2'],
    ['a repeated reference id', 'id: pubmed', 'id: zanos-2018', 'references.1.id'],
  ])('rejects %s, naming the file and the field', (_name, from, to, path) => {
    const error = errorOf(() => parseArticle('tolerance.md', withLine(from, to)));
    expect(error.code).toBe('validation_failed');
    expect(error.message.startsWith('tolerance.md: ')).toBe(true);
    expect(error.details?.map((detail) => detail.path)).toContain(path);
  });

  it('rejects an article with no references', () => {
    const text = validText.replace(/references:[\s\S]*?---/, 'references:\n---');
    const error = errorOf(() =>
      parseArticle('tolerance.md', text.replace(/\[ref:[a-z0-9-]+\]/g, '')),
    );
    expect(error.details).toContainEqual({
      path: 'references',
      message: 'must list at least one reference',
    });
  });

  it('rejects broken front matter with the file name and line number in the message', () => {
    const error = errorOf(() => parseArticle('tolerance.md', withLine('tags:', 'tags are here')));
    expect(error.message).toBe(
      'tolerance.md: front matter, line 8 is not "key: value", "key:" followed by "- item" lines, or an indented "key: value" inside a list item',
    );
  });

  it('rejects a file without front matter', () => {
    const error = errorOf(() => parseArticle('notes.md', '# Just Markdown'));
    expect(error.message).toBe('notes.md: front matter, line 1 must start with a "---" line');
  });

  it('rejects a file that is not Markdown', () => {
    const error = errorOf(() => parseArticle('tolerance.txt', validText));
    expect(error.details).toContainEqual({ path: 'file name', message: 'must end in .md' });
  });
});
