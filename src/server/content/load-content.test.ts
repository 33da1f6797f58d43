import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentRoot, loadContent, loadLocaleContent } from './load-content.js';

describe('content in per-locale folders', () => {
  const made: string[] = [];
  afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('reads English from content/en', async () => {
    const { english, forLocale } = await loadContent();
    expect(english.articles.get('withdrawal')?.title).toBeTruthy();
    expect(english.helpDirectories.get('GB')?.emergency.number).toBe('999');
    expect(forLocale(['xx-YY'])).toBe(english);
  });

  it('takes what a translation lacks from English, and its own files where it has them', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ketalog-content-'));
    made.push(root);
    await cp(path.join(contentRoot, 'en'), path.join(root, 'en'), { recursive: true });
    const english = await loadLocaleContent(root, 'en', undefined);
    const guide = structuredClone(english.familyGuide) as { [key: string]: unknown };
    const firstKey = Object.keys(guide).find((key) => typeof guide[key] === 'string');
    if (firstKey) guide[firstKey] = 'Übersetzt';
    await mkdir(path.join(root, 'xx', 'family'), { recursive: true });
    await writeFile(path.join(root, 'xx', 'family', 'guide.json'), JSON.stringify(guide));

    const translated = await loadLocaleContent(root, 'xx', english);
    expect(translated.familyGuide).toEqual(guide);
    expect(translated.articles).toEqual(english.articles);
    expect(translated.helpDirectories).toEqual(english.helpDirectories);
    expect(translated.pathway).toBe(english.pathway);
  });

  it('refuses a broken translated file, naming it', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ketalog-content-'));
    made.push(root);
    const english = (await loadContent()).english;
    await mkdir(path.join(root, 'xx', 'pathway'), { recursive: true });
    await writeFile(path.join(root, 'xx', 'pathway', 'steps.json'), '{"steps": 3}');
    await expect(loadLocaleContent(root, 'xx', english)).rejects.toThrow(
      /content\/xx\/pathway\/steps\.json/,
    );
  });
});
