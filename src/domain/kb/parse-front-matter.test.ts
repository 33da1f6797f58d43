import { describe, expect, it } from 'vitest';

import { parseFrontMatter } from './parse-front-matter.js';

describe('parseFrontMatter', () => {
  it('reads strings, plain lists and lists of objects, and returns the body after the fence', () => {
    const text = [
      '---',
      'title: Tolerance: why the same amount stops working',
      'tags:',
      '  - k cramps',
      '  - can’t sleep',
      '',
      'references:',
      '  - id: frank',
      '    kind: url',
      '    value: https://www.talktofrank.com/drug/ketamine',
      '  - id: zanos',
      '    kind: doi',
      '---',
      '',
      'Body text.',
    ].join('\n');

    expect(parseFrontMatter(text)).toEqual({
      ok: true,
      data: {
        title: 'Tolerance: why the same amount stops working',
        tags: ['k cramps', 'can’t sleep'],
        references: [
          { id: 'frank', kind: 'url', value: 'https://www.talktofrank.com/drug/ketamine' },
          { id: 'zanos', kind: 'doi' },
        ],
      },
      body: 'Body text.',
    });
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    expect(parseFrontMatter('\uFEFF---\r\ntitle: A\r\n---\r\nB')).toEqual({
      ok: true,
      data: { title: 'A' },
      body: 'B',
    });
  });

  it('treats a key with no items as an empty list', () => {
    expect(parseFrontMatter('---\ntags:\n---\n')).toMatchObject({ data: { tags: [] } });
  });

  it.each([
    ['no opening fence', 'title: A\n---\n', 1, 'must start with a "---" line'],
    ['no closing fence', '---\ntitle: A\nbody', 3, 'has no closing "---" line'],
    ['a repeated key', '---\ntitle: A\ntitle: B\n---\n', 3, 'repeats the key "title"'],
    ['an item with no list', '---\ntitle: A\n  - b\n---\n', 3, 'does not follow a "key:" line'],
    ['a line of prose', '---\ntitle: A\nthis is not a key\n---\n', 3, 'is not "key: value"'],
    ['mixed items', '---\nrefs:\n  - a\n  - id: b\n---\n', 4, 'mixes plain items'],
    [
      'a field twice in one item',
      '---\nrefs:\n  - id: a\n    id: b\n---\n',
      4,
      'repeats the key "id"',
    ],
  ])('rejects %s and names the line', (_name, text, line, message) => {
    const result = parseFrontMatter(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(line);
    expect(result.message).toContain(message);
  });
});
