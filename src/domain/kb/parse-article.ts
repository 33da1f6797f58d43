import type { z } from 'zod';

import { AppError } from '../errors.js';
import type { ErrorDetail } from '../errors.js';
import { ZArticleSchema } from './article-schema.js';
import type { Article } from './article-schema.js';
import { parseFrontMatter } from './parse-front-matter.js';

/**
 * Reads one knowledge-base article (`content/<locale>/articles/<slug>.md`): front matter as
 * described in parse-front-matter.ts, then a Markdown body whose claims cite references
 * with `[ref:id]` markers. Throws AppError('validation_failed') naming the file and each
 * faulty field.
 */
export function parseArticle(fileName: string, text: string): Article {
  const baseName = fileName.split(/[\\/]/).pop() ?? fileName;
  const frontMatter = parseFrontMatter(text);
  if (!frontMatter.ok) {
    throw invalid(baseName, [
      { path: `front matter, line ${frontMatter.line}`, message: frontMatter.message },
    ]);
  }

  const details: ErrorDetail[] = [];
  const parsed = ZArticleSchema.safeParse(
    { ...frontMatter.data, body: frontMatter.body },
    { error: describeIssue },
  );
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      details.push({ path: issue.path.join('.') || 'front matter', message: issue.message });
    }
  }

  const expectedSlug = baseName.endsWith('.md') ? baseName.slice(0, -'.md'.length) : undefined;
  if (expectedSlug === undefined) {
    details.push({ path: 'file name', message: 'must end in .md' });
  } else if (frontMatter.data.slug !== undefined && frontMatter.data.slug !== expectedSlug) {
    details.push({ path: 'slug', message: `must equal the file name "${expectedSlug}"` });
  }

  if (!parsed.success || details.length > 0) throw invalid(baseName, details);
  return parsed.data;
}

// Plain messages for the mistakes an author makes in this format; zod's own otherwise.
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined) return 'is missing';
  if (issue.expected === 'array') return 'must be a list of "- item" lines';
  if (issue.expected === 'string') return 'must be a single "key: value" line';
  if (issue.expected === 'object') return 'must be an item of "key: value" lines';
  return undefined;
}

function invalid(fileName: string, details: ErrorDetail[]): AppError {
  const summary = details.map((detail) => `${detail.path} ${detail.message}`).join('; ');
  return new AppError('validation_failed', `${fileName}: ${summary}`, details);
}
