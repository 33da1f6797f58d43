import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { findCitationMarkers } from './find-citation-markers.js';
import { parseArticle } from './parse-article.js';

// Tests may read files; the parser itself stays pure.
const articlesDirectory = new URL('../../../content/en/articles/', import.meta.url);
const fileNames = readdirSync(articlesDirectory)
  .filter((name) => name.endsWith('.md'))
  .sort();
const articles = fileNames.map((fileName) =>
  parseArticle(fileName, readFileSync(new URL(fileName, articlesDirectory), 'utf8')),
);

// Other parts of the product link to these slugs.
const requiredSlugs = [
  'what-is-ketamine',
  'short-term-effects',
  'k-hole-and-overdose',
  'combinations',
  'redosing-and-binges',
  'bladder-and-kidneys',
  'liver-and-bile-duct',
  'heart-and-blood-pressure',
  'memory-and-thinking',
  'dissociation-and-psychosis',
  'signs-of-addiction',
  'tolerance',
  'withdrawal',
  'treatment-and-support',
  'ketamine-for-depression',
  'how-ketamine-works',
  'young-people',
  'families-and-friends',
  'mental-health-and-crisis',
  'the-law',
];

function wordCount(markdown: string): number {
  return markdown
    .replace(/\[ref:[^\]]*\]/g, '')
    .split(/\s+/)
    .filter(Boolean).length;
}

describe('knowledge-base articles in content/en/articles', () => {
  it('every file parses into a valid article', () => {
    expect(articles.length).toBe(fileNames.length);
  });

  it('covers every topic the product links to', () => {
    const slugs = new Set(articles.map((article) => article.slug));
    expect(requiredSlugs.filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('has unique slugs', () => {
    const slugs = articles.map((article) => article.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it.each(articles.map((article) => [article.slug, article] as const))(
    '%s has a review date, well-formed references that are all cited, and a readable length',
    (_slug, article) => {
      expect(article.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.references.length).toBeGreaterThanOrEqual(1);
      for (const reference of article.references) {
        if (reference.kind === 'doi') expect(reference.value).toMatch(/^10\.\d{4,9}\/\S+$/);
        if (reference.kind === 'pmid') expect(reference.value).toMatch(/^\d+$/);
        if (reference.kind === 'url') expect(reference.value.startsWith('https://')).toBe(true);
      }
      const cited = new Set(findCitationMarkers(article.body).map((marker) => marker.id));
      expect(article.references.every((reference) => cited.has(reference.id))).toBe(true);
      expect(wordCount(article.body)).toBeGreaterThanOrEqual(200);
      expect(wordCount(article.body)).toBeLessThanOrEqual(700);
    },
  );

  it('never tells the reader an amount to take', () => {
    const dosePattern = /\b\d+(?:\.\d+)?\s?(?:mg|milligrams?|g|grams?|ml|µg|mcg)\b/i;
    const offenders = articles.filter((article) => dosePattern.test(article.body));
    expect(offenders.map((article) => article.slug)).toEqual([]);
  });
});
