import { buildReport } from '../../domain/reports/build-reports.js';
import type { ReportKind } from '../../domain/reports/report-document.js';
import type { Subject } from '../access/gate.js';
import { renderReportPdf } from '../reports/render-pdf.js';
import type { ServiceContext } from './context.js';
import { packageVersion } from '../package-info.js';
import { exportPersonData } from './data-export.js';
import { evaluatePersonRisk } from './risk.js';

/** A report of the person's last three months, as PDF bytes. */
export async function personReportPdf(
  ctx: ServiceContext,
  subject: Subject,
  kind: ReportKind,
): Promise<Buffer> {
  const [data, risk] = await Promise.all([
    exportPersonData(ctx, subject, packageVersion),
    evaluatePersonRisk(ctx, subject),
  ]);
  return renderReportPdf(buildReport(kind, { data, risk, now: ctx.now() }));
}
