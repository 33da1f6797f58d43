import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown, parseMarkdownBlocks } from './Markdown.js';

const render = (markdown: string, citations = new Map<string, number>()) =>
  renderToStaticMarkup(createElement(Markdown, { markdown, citations }));

describe('article Markdown', () => {
  it('reads headings, paragraphs, lists with continuation lines, and numbered lists', () => {
    expect(
      parseMarkdownBlocks(
        '## Title\n\nOne line\nand more.\n\n- first\n  continued\n- second\n\n1. a\n2. b',
      ),
    ).toEqual([
      { kind: 'heading', level: 2, text: 'Title' },
      { kind: 'paragraph', text: 'One line and more.' },
      { kind: 'list', ordered: false, items: ['first continued', 'second'] },
      { kind: 'list', ordered: true, items: ['a', 'b'] },
    ]);
  });

  it('renders bold, italic, https links and numbered citation links', () => {
    const html = render(
      'Some **bold** and *soft* text [ref:a][ref:b], see [NHS](https://www.nhs.uk).',
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    );
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>soft</em>');
    expect(html).toContain('href="#ref-a"');
    expect(html).toContain('>[2]</a></sup>');
    expect(html).toContain('<a href="https://www.nhs.uk" rel="noopener noreferrer">NHS</a>');
  });

  it('never lets HTML or script links through', () => {
    const html = render(
      '<script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)>',
    );
    expect(html).not.toMatch(/<script|<img|href="javascript/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('click');
  });
});
