import PDFDocument from 'pdfkit';
import type { ReportChart, ReportDocument } from '../../domain/reports/report-document.js';

const margin = 50;
const ink = '#1f2933';
const muted = '#52606d';
const accent = '#2f6f8f';

/**
 * The standard PDF fonts cover Windows-1252 only; other characters (a name in another
 * script, an emoji) become "?" rather than unreadable glyphs.
 */
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const printable = (text: string) =>
  Array.from(text, (char) =>
    (char >= ' ' && char <= '~') ||
    (char >= '\u00a0' && char <= '\u00ff') ||
    winAnsiExtras.has(char)
      ? char
      : '?',
  ).join('');

type Pdf = InstanceType<typeof PDFDocument>;

function ensureRoom(pdf: Pdf, height: number) {
  if (pdf.y + height > pdf.page.height - margin) pdf.addPage();
}

/** A chart drawn as vectors: axes, a few labelled ticks, bars or a line with points. */
function drawChart(pdf: Pdf, chart: ReportChart) {
  const width = pdf.page.width - 2 * margin;
  const height = 120;
  ensureRoom(pdf, height + 60);
  pdf
    .font('Helvetica-Bold')
    .fontSize(10)
    .fillColor(ink)
    .text(printable(chart.title), margin, pdf.y);
  const top = pdf.y + 6;
  const left = margin + 28;
  const plotWidth = width - 28;
  const values = chart.points.map((point) => point.value ?? 0);
  const max = Math.max(chart.max, ...values, 1);
  const yOf = (value: number) => top + height - (value / max) * height;
  pdf.lineWidth(0.5).strokeColor(muted);
  pdf
    .moveTo(left, top)
    .lineTo(left, top + height)
    .lineTo(left + plotWidth, top + height)
    .stroke();
  pdf.font('Helvetica').fontSize(7).fillColor(muted);
  for (const tick of [0, max / 2, max]) {
    pdf.text(String(Math.round(tick * 10) / 10), margin, yOf(tick) - 3, {
      width: 24,
      align: 'right',
    });
  }
  const step = plotWidth / Math.max(chart.points.length, 1);
  const labelEvery = Math.ceil(chart.points.length / 7);
  chart.points.forEach((point, index) => {
    const x = left + step * index;
    if (chart.style === 'bars' && point.value !== null && point.value > 0) {
      pdf
        .rect(x + step * 0.15, yOf(point.value), step * 0.7, top + height - yOf(point.value))
        .fill(accent);
    }
    if (index % labelEvery === 0) {
      pdf.fillColor(muted).text(printable(point.label), x, top + height + 3, {
        width: step * labelEvery,
        lineBreak: false,
      });
    }
  });
  if (chart.style === 'line') {
    const drawn = chart.points
      .map((point, index) => ({ x: left + step * (index + 0.5), value: point.value }))
      .filter((point): point is { x: number; value: number } => point.value !== null);
    drawn.forEach((point, index) => {
      if (index === 0) pdf.moveTo(point.x, yOf(point.value));
      else pdf.lineTo(point.x, yOf(point.value));
    });
    if (drawn.length > 1) pdf.lineWidth(1.2).strokeColor(accent).stroke();
    for (const point of drawn) pdf.circle(point.x, yOf(point.value), 2).fill(accent);
  }
  pdf.fillColor(ink);
  pdf.x = margin;
  pdf.y = top + height + 18;
}

function drawTable(pdf: Pdf, columns: string[], rows: string[][]) {
  const width = pdf.page.width - 2 * margin;
  const columnWidth = width / columns.length;
  const row = (cells: string[], bold: boolean) => {
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    const heights = cells.map((cell) =>
      pdf.heightOfString(printable(cell), { width: columnWidth - 6 }),
    );
    const height = Math.max(...heights, 10) + 3;
    ensureRoom(pdf, height);
    const y = pdf.y;
    cells.forEach((cell, index) => {
      pdf
        .fillColor(ink)
        .text(printable(cell), margin + index * columnWidth, y, { width: columnWidth - 6 });
    });
    pdf.x = margin;
    pdf.y = y + height;
  };
  row(columns, true);
  for (const cells of rows) row(cells, false);
  pdf.moveDown(0.5);
}

/** Renders a report to PDF bytes: text stays text (searchable, readable by pdftotext). */
export function renderReportPdf(report: ReportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin,
    info: {
      Title: report.title,
      Producer: 'Ketalog',
      CreationDate: new Date(`${report.madeOn}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.font('Helvetica-Bold').fontSize(16).fillColor(ink).text(printable(report.title));
  pdf.font('Helvetica').fontSize(9.5).fillColor(muted);
  pdf.text(
    printable(
      `For: ${report.person}. Made on ${report.madeOn}, covering ${report.from === report.to ? report.from : `${report.from} to ${report.to}`}.`,
    ),
  );
  pdf.moveDown();
  for (const block of report.blocks) {
    if (block.kind === 'heading') {
      ensureRoom(pdf, 40);
      pdf
        .moveDown(0.6)
        .font('Helvetica-Bold')
        .fontSize(12)
        .fillColor(ink)
        .text(printable(block.text));
      pdf.moveDown(0.2);
    } else if (block.kind === 'text') {
      const marks = block.sources?.length ? ` [${block.sources.join(', ')}]` : '';
      pdf
        .font('Helvetica')
        .fontSize(9.5)
        .fillColor(ink)
        .text(printable(block.text + marks));
      pdf.moveDown(0.3);
    } else if (block.kind === 'table') drawTable(pdf, block.columns, block.rows);
    else drawChart(pdf, block.chart);
  }
  ensureRoom(pdf, 80);
  pdf.moveDown().font('Helvetica-Bold').fontSize(12).text(printable(report.limitsHeading));
  pdf.font('Helvetica').fontSize(9.5);
  for (const limit of report.limits) pdf.text(printable(`• ${limit}`));
  pdf.moveDown().font('Helvetica-Bold').fontSize(12).text('Sources');
  pdf.font('Helvetica').fontSize(8.5);
  report.sources.forEach((source, index) => pdf.text(printable(`[${index + 1}] ${source}`)));
  pdf.end();
  return done;
}
