import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { DEFAULT_LOCALE, resolveLocale } from '../../domain/i18n/catalogue.js';
import { translations } from '../../domain/i18n/locales.js';
import type { HelpDirectory } from '../../domain/help/help-directory-schema.js';
import { ZFamilyGuideSchema, type FamilyGuide } from '../../domain/family/family-guide-schema.js';
import {
  ZObserverChecklistSchema,
  type ObserverChecklist,
} from '../../domain/family/observer-checklist-schema.js';
import type { Article } from '../../domain/kb/article-schema.js';
import { ZPathwaySchema, type Pathway } from '../../domain/pathway/pathway-schema.js';
import { projectRoot } from '../package-info.js';
import { loadArticles } from './load-articles.js';
import { loadHelpDirectories } from './load-help-directories.js';
import { loadJsonContent } from './load-json-content.js';

/** The words-and-facts content of one language, read and validated once per process. */
export type Content = {
  helpDirectories: ReadonlyMap<string, HelpDirectory>;
  /** Knowledge-base articles by slug, in slug order. */
  articles: ReadonlyMap<string, Article>;
  familyGuide: FamilyGuide;
  observerChecklist: ObserverChecklist;
  pathway: Pathway;
};

/** Content in every language of the catalogue; `forLocale` picks one, else English. */
export type LocalizedContent = {
  english: Content;
  forLocale(wanted: string | readonly string[] | undefined): Content;
};

export const contentRoot = path.join(projectRoot, 'content');

let loading: Promise<LocalizedContent> | undefined;

export function loadContent(): Promise<LocalizedContent> {
  loading ??= (async () => {
    const english = await loadLocaleContent(contentRoot, DEFAULT_LOCALE, undefined);
    const byLocale = new Map<string, Content>([[DEFAULT_LOCALE, english]]);
    for (const locale of Object.keys(translations)) {
      byLocale.set(locale, await loadLocaleContent(contentRoot, locale, english));
    }
    return {
      english,
      forLocale: (wanted) => byLocale.get(resolveLocale(wanted)) ?? english,
    };
  })();
  return loading;
}

/**
 * One locale's content, from `<root>/<locale>/`. A translation may hold only some files:
 * each missing file, help country or article is taken from English (`english`), so a
 * half-translated language still works.
 */
export async function loadLocaleContent(
  root: string,
  locale: string,
  english: Content | undefined,
): Promise<Content> {
  const folder = path.join(root, locale);
  const present = (relativePath: string) => existsSync(path.join(folder, relativePath));
  const file = <T>(relativePath: string, schema: z.ZodType<T>, fallback: T | undefined) =>
    english && !present(relativePath)
      ? Promise.resolve(fallback as T)
      : loadJsonContent({
          file: path.join(folder, relativePath),
          label: `content/${locale}/${relativePath}`,
          schema,
        });
  const merged = async <T>(
    relativePath: string,
    load: (folder: string, label: string) => Promise<Map<string, T>>,
    fallback: ReadonlyMap<string, T> | undefined,
  ): Promise<ReadonlyMap<string, T>> => {
    const own = present(relativePath)
      ? await load(path.join(folder, relativePath), `content/${locale}/${relativePath}`)
      : new Map<string, T>();
    if (!fallback) return own;
    const all = new Map([...fallback, ...own]);
    return new Map([...all].sort(([a], [b]) => a.localeCompare(b)));
  };
  return {
    helpDirectories: await merged('help', loadHelpDirectories, english?.helpDirectories),
    articles: await merged('articles', loadArticles, english?.articles),
    familyGuide: await file('family/guide.json', ZFamilyGuideSchema, english?.familyGuide),
    observerChecklist: await file(
      'family/checklist.json',
      ZObserverChecklistSchema,
      english?.observerChecklist,
    ),
    pathway: await file('pathway/steps.json', ZPathwaySchema, english?.pathway),
  };
}
