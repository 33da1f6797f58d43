import { withErrors } from '../../domain/api-responses.js';
import {
  ZExportQuerySchema,
  ZFhirBundleSchema,
  ZImportFileSchema,
  ZImportResultSchema,
  ZPdfSchema,
  ZPersonDataExportSchema,
  ZReportParamsSchema,
} from '../../domain/data-transfer/data-transfer-api.js';
import { toFhirBundle } from '../../domain/fhir/person-bundle.js';
import { subjectOf, subjectToWrite } from '../access/request-access.js';
import { exportPersonData } from '../services/data-export.js';
import { importPersonData } from '../services/data-import.js';
import { personReportPdf } from '../services/reports.js';
import { packageVersion } from '../package-info.js';
import type { App } from '../app-type.js';

const tags = ['account'];

export function registerDataRoutes(app: App) {
  app.get(
    '/api/me/export',
    {
      schema: {
        tags,
        summary:
          'Download everything stored about you: the Ketalog JSON file, or a FHIR R4 Bundle with ?format=fhir',
        querystring: ZExportQuerySchema,
        response: withErrors({ 200: ZPersonDataExportSchema.or(ZFhirBundleSchema) }),
      },
    },
    async (request, reply) => {
      const data = await exportPersonData(
        app.ctx,
        await subjectOf(request, 'export'),
        packageVersion,
      );
      if (request.query.format === 'fhir') {
        return reply
          .header('content-type', 'application/fhir+json; charset=utf-8')
          .header('content-disposition', 'attachment; filename="ketalog-fhir.json"')
          .send(toFhirBundle(data));
      }
      return reply
        .header('content-disposition', 'attachment; filename="ketalog-export.json"')
        .send(data);
    },
  );

  app.post(
    '/api/me/import',
    {
      bodyLimit: app.ctx.config.importLimitBytes,
      schema: {
        tags,
        summary:
          'Import a file the export gave (either format) into your account; entries you already have are not added twice',
        body: ZImportFileSchema,
        response: withErrors({ 200: ZImportResultSchema }),
      },
    },
    async (request) =>
      // One scope for the whole file: `export` is the person's data as a whole, either way.
      importPersonData(app.ctx, await subjectToWrite(request, 'export'), request.body),
  );

  app.get(
    '/api/me/reports/:kind',
    {
      schema: {
        tags,
        summary:
          'A PDF report of your last three months: "gp" (use, warnings, PHQ-9, GAD-7, blood pressure, bladder, goal) or "urologist" (bladder and use)',
        params: ZReportParamsSchema,
        response: withErrors({ 200: ZPdfSchema }),
      },
    },
    async (request, reply) => {
      const { kind } = request.params;
      const pdf = await personReportPdf(app.ctx, await subjectOf(request, 'export'), kind);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="ketalog-report-${kind}.pdf"`)
        .send(pdf);
    },
  );
}
