import path from 'node:path';
import type { z } from 'zod';
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

/** Everything under content/, read and validated once per process. */
export type Content = {
  helpDirectories: ReadonlyMap<string, HelpDirectory>;
  /** Knowledge-base articles by slug, in slug order. */
  articles: ReadonlyMap<string, Article>;
  familyGuide: FamilyGuide;
  observerChecklist: ObserverChecklist;
  pathway: Pathway;
};

export const contentRoot = path.join(projectRoot, 'content');

let loading: Promise<Content> | undefined;

export function loadContent(): Promise<Content> {
  loading ??= (async () => ({
    helpDirectories: await loadHelpDirectories(path.join(contentRoot, 'help')),
    articles: await loadArticles(path.join(contentRoot, 'articles')),
    familyGuide: await loadContentFile('family/guide.json', ZFamilyGuideSchema),
    observerChecklist: await loadContentFile('family/checklist.json', ZObserverChecklistSchema),
    pathway: await loadContentFile('pathway/steps.json', ZPathwaySchema),
  }))();
  return loading;
}

function loadContentFile<T>(relativePath: string, schema: z.ZodType<T>): Promise<T> {
  return loadJsonContent({
    file: path.join(contentRoot, relativePath),
    label: `content/${relativePath}`,
    schema,
  });
}
