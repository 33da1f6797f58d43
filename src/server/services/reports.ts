import { buildReport } from '../../domain/reports/build-reports.js';
import type { ReportKind } from '../../domain/reports/report-document.js';
import { buildSessionReport } from '../../domain/reports/session-report.js';
import { localDate } from '../../domain/risk/local-date.js';
import type { NamedSessionRow } from '../../db/repositories/treatment-sessions.js';
import { findUserById } from '../../db/repositories/users.js';
import type { Subject } from '../access/gate.js';
import { renderReportPdf } from '../reports/render-pdf.js';
import type { ServiceContext } from './context.js';
import { packageVersion } from '../package-info.js';
import { exportPersonData } from './data-export.js';
import { evaluatePersonRisk } from './risk.js';
import { toSession } from './treatment-sessions.js';

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

/**
 * One treatment session's record as PDF bytes, for the clinic or for the person to take
 * elsewhere; `subject` is the person the session is for, as the gate let the caller reach them.
 */
export async function sessionReportPdf(
  ctx: ServiceContext,
  subject: Subject,
  row: NamedSessionRow,
): Promise<{ fileName: string; pdf: Buffer }> {
  const [session, person] = await Promise.all([
    toSession(ctx, row, subject.timeZone),
    findUserById(ctx.db, subject.userId),
  ]);
  const report = buildSessionReport({
    session,
    person: person?.display_name ?? 'not named',
    timeZone: subject.timeZone,
    now: ctx.now(),
  });
  const date = localDate(row.started_at, subject.timeZone);
  return { fileName: `ketalog-session-${date}.pdf`, pdf: await renderReportPdf(report) };
}
