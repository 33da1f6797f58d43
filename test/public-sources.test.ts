import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
/** What a source shown to the public must never look like: our own files and notes. */
const internal =
  /shared\/|\.md\b|\.txt\b|\bseed\b|Ketalog [\w ]*reference|\breference (clinical|pk)/i;

const filesIn = (dir: string, ending: string) =>
  readdirSync(path.join(root, dir))
    .filter((name) => name.endsWith(ending) && !name.endsWith(`.test${ending}`))
    .map((name) => path.join(dir, name));

/** Every citation (`{ title, url? }` inside a `sources` list) in a content file. */
function citationsOf(value: unknown, inSources = false): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => citationsOf(item, inSources));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = inSources ? [`${String(record.title)} ${String(record.url ?? '')}`] : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, child]) => citationsOf(child, key === 'sources')),
  ];
}

describe('sources shown to the public', () => {
  it('never name a repository file or internal note in the help, family and pathway content', () => {
    const files = [
      ...filesIn('content/en/help', '.json'),
      ...filesIn('content/en/family', '.json'),
      ...filesIn('content/en/pathway', '.json'),
    ];
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const citations = citationsOf(JSON.parse(readFileSync(path.join(root, file), 'utf8')));
      expect(citations.length, file).toBeGreaterThan(0);
      expect(
        citations.filter((citation) => internal.test(citation)),
        file,
      ).toEqual([]);
    }
  });

  it('never name a repository file in the source line of a warning', () => {
    for (const file of filesIn('src/domain/risk/rules', '.ts')) {
      const code = readFileSync(path.join(root, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      const strings = [...code.matchAll(/'([^'\n]*)'|`([^`]*)`/g)].map((m) => m[1] ?? m[2]!);
      expect(
        strings.filter((text) => internal.test(text)),
        file,
      ).toEqual([]);
    }
  });
});
