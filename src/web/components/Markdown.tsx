import type { ReactNode } from 'react';
import { MarkdownInline, type CitationNumbers } from './MarkdownInline.js';

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

const headingPattern = /^(#{1,6})\s+(.*)$/;
const bulletPattern = /^\s*[-*+]\s+(.*)$/;
const numberedPattern = /^\s*\d+[.)]\s+(.*)$/;
const quotePattern = /^\s*>\s?(.*)$/;

/**
 * The block structure of an article body: headings, paragraphs, bulleted and numbered
 * lists (an indented line continues the item above) and quotes. No HTML, no tables.
 */
export function parseMarkdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  const close = () => {
    if (open) blocks.push(open);
    open = undefined;
  };
  for (const line of markdown.split(/\r?\n/)) {
    if (line.trim() === '') {
      close();
      continue;
    }
    const heading = headingPattern.exec(line);
    const bullet = bulletPattern.exec(line);
    const numbered = bullet ? null : numberedPattern.exec(line);
    const quote = quotePattern.exec(line);
    if (heading) {
      close();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!.trim() });
    } else if (bullet || numbered) {
      const ordered = Boolean(numbered);
      const text = (bullet ?? numbered)![1]!;
      if (open?.kind !== 'list' || open.ordered !== ordered) {
        close();
        open = { kind: 'list', ordered, items: [] };
      }
      open.items.push(text);
    } else if (open?.kind === 'list' && /^\s+\S/.test(line)) {
      const items = open.items;
      items[items.length - 1] += ` ${line.trim()}`;
    } else if (quote) {
      if (open?.kind !== 'quote') {
        close();
        open = { kind: 'quote', text: quote[1]! };
      } else open.text += ` ${quote[1]}`;
    } else if (open?.kind === 'paragraph') {
      open.text += ` ${line.trim()}`;
    } else {
      close();
      open = { kind: 'paragraph', text: line.trim() };
    }
  }
  close();
  return blocks;
}

/**
 * Renders article Markdown as React elements (never as HTML). The page title is the h1,
 * so the body's headings start at h2.
 */
export function Markdown({
  markdown,
  citations,
}: {
  markdown: string;
  citations: CitationNumbers;
}): ReactNode {
  return parseMarkdownBlocks(markdown).map((block, index) => {
    const inline = (text: string) => <MarkdownInline text={text} citations={citations} />;
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(6, Math.max(2, block.level));
        const Heading = `h${level}` as 'h2';
        return <Heading key={index}>{inline(block.text)}</Heading>;
      }
      case 'paragraph':
        return <p key={index}>{inline(block.text)}</p>;
      case 'quote':
        return <blockquote key={index}>{inline(block.text)}</blockquote>;
      case 'list': {
        const List = block.ordered ? 'ol' : 'ul';
        return (
          <List key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{inline(item)}</li>
            ))}
          </List>
        );
      }
    }
  });
}
