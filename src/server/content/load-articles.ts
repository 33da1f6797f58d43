import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../domain/kb/article-schema.js';
import { parseArticle } from '../../domain/kb/parse-article.js';

/**
 * Reads and validates every *.md of a locale's articles folder (content/en/articles), sorted
 * by slug; a broken article stops start-up with a message naming the file and the faulty
 * fields. `label` names the folder in that message.
 */
export async function loadArticles(
  folder: string,
  label = 'content/en/articles',
): Promise<Map<string, Article>> {
  const articles = new Map<string, Article>();
  for (const fileName of (await readdir(folder)).filter((name) => name.endsWith('.md')).sort()) {
    const text = await readFile(path.join(folder, fileName), 'utf8');
    try {
      const article = parseArticle(fileName, text);
      articles.set(article.slug, article);
    } catch (error) {
      throw new Error(`${label}/${fileName} is not valid: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return articles;
}
