import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentRoot } from './load-content.js';
import { loadArticles } from './load-articles.js';

let folder: string | undefined;
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

describe('loading articles at start', () => {
  it('loads every article in content/en/articles by slug, in slug order', async () => {
    const articles = await loadArticles(path.join(contentRoot, 'en', 'articles'));
    expect(articles.get('withdrawal')?.references.length).toBeGreaterThan(0);
    expect([...articles.keys()]).toEqual([...articles.keys()].sort());
  });

  it('stops with a message naming the broken file and the faulty field', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ketalog-articles-'));
    await writeFile(
      path.join(folder, 'broken.md'),
      '---\nslug: broken\ntitle: Broken\n---\nA claim [ref:nowhere].\n',
    );
    await expect(loadArticles(folder)).rejects.toThrow(
      /content\/en\/articles\/broken\.md is not valid: .*summary/,
    );
  });
});
