import type { ReactNode } from 'react';
import { t } from '../i18n/t.js';
import { Link } from '../router.js';

/** Numbers of the references cited in an article, in order of first citation. */
export type CitationNumbers = ReadonlyMap<string, number>;

/**
 * Inline Markdown the articles use: citation markers `[ref:id]`, links, **bold**, *italic*
 * and _italic_. Everything else is text, which React escapes: no HTML ever reaches the page.
 */
const inlinePattern =
  /\[ref:([a-z0-9][a-z0-9-]*)\]|\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*|(?<![\p{L}\p{N}])_([^_\s](?:[^_]*[^_\s])?)_(?![\p{L}\p{N}])/gu;

export function referenceAnchor(id: string): string {
  return `ref-${id}`;
}

export function citationAnchor(id: string): string {
  return `cite-${id}`;
}

/** In-app paths navigate without reloading; https links open normally; others stay text. */
function MarkdownLink({ href, children }: { href: string; children: ReactNode }) {
  if (/^\/(?!\/)/.test(href)) return <Link href={href}>{children}</Link>;
  if (/^https?:\/\//.test(href)) {
    return (
      <a href={href} rel="noopener noreferrer">
        {children}
      </a>
    );
  }
  return <>{children}</>;
}

export function MarkdownInline({
  text,
  citations,
}: {
  text: string;
  citations: CitationNumbers;
}): ReactNode {
  const nodes: ReactNode[] = [];
  let last = 0;
  const citedHere = new Set<string>();
  for (const match of text.matchAll(inlinePattern)) {
    if (match.index > last) nodes.push(text.slice(last, match.index));
    last = match.index + match[0].length;
    const key = nodes.length;
    const [, refId, linkText, href, strong, em, underscoreEm] = match;
    if (refId !== undefined) {
      const number = citations.get(refId);
      const firstHere = !citedHere.has(refId);
      citedHere.add(refId);
      nodes.push(
        <sup key={key} className="citation">
          <a
            href={`#${referenceAnchor(refId)}`}
            id={firstHere ? citationAnchor(refId) : undefined}
            aria-label={t('article.referenceLabel', { number: number ?? '?' })}
          >
            [{number ?? '?'}]
          </a>
        </sup>,
      );
    } else if (linkText !== undefined && href !== undefined) {
      nodes.push(
        <MarkdownLink key={key} href={href}>
          <MarkdownInline text={linkText} citations={citations} />
        </MarkdownLink>,
      );
    } else if (strong !== undefined) {
      nodes.push(
        <strong key={key}>
          <MarkdownInline text={strong} citations={citations} />
        </strong>,
      );
    } else {
      nodes.push(
        <em key={key}>
          <MarkdownInline text={em ?? underscoreEm ?? ''} citations={citations} />
        </em>,
      );
    }
  }
  if (last < text.length) nodes.push(text.slice(last));
  return <>{nodes}</>;
}
