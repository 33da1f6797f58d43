import type { ReportBlock } from './report-document.js';

/** Collects the blocks of a report and numbers the sources in the order they are cited. */
export class ReportWriter {
  readonly blocks: ReportBlock[] = [];
  readonly sources: string[] = [];

  cite(source: string): number {
    const known = this.sources.indexOf(source);
    if (known >= 0) return known + 1;
    this.sources.push(source);
    return this.sources.length;
  }

  heading(text: string) {
    this.blocks.push({ kind: 'heading', text });
  }

  /** A sentence about health: it must name where it comes from. */
  claim(text: string, ...sources: string[]) {
    this.blocks.push({ kind: 'text', text, sources: sources.map((source) => this.cite(source)) });
  }

  /** A plain statement of what was recorded (no health claim, so no source). */
  fact(text: string) {
    this.blocks.push({ kind: 'text', text });
  }

  table(columns: string[], rows: string[][]) {
    this.blocks.push({ kind: 'table', columns, rows });
  }

  chart(chart: Extract<ReportBlock, { kind: 'chart' }>['chart']) {
    this.blocks.push({ kind: 'chart', chart });
  }
}
