import type { FastifyRequest } from 'fastify';
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
import { fhirSourceOf, toFhirBundle } from '../../domain/fhir/person-bundle.js';
import { ZClientParamsSchema } from '../../domain/clinic/clinic-api.js';
import { AppError } from '../../domain/errors.js';
import { clientSubjectOf, subjectOf, subjectToWrite } from '../access/request-access.js';
import type { Subject } from '../access/gate.js';
import {
  exportClientBundle,
  exportedScopes,
  exportPersonData,
  type ExportSubjects,
} from '../services/data-export.js';
import { getAccount } from '../services/profile.js';
import { importPersonData } from '../services/data-import.js';
import { personReportPdf } from '../services/reports.js';
import { sendPdf } from '../reports/pdf-reply.js';
import { packageVersion } from '../package-info.js';
import type { App } from '../app-type.js';

const tags = ['account'];

/**
 * The areas of a client's data their grant lets the clinic export, each reached through the
 * gate on its own so the client's access log shows which the clinic took; 403 for none.
 */
async function sharedExportSubjects(request: FastifyRequest, clientId: string) {
  const subjects: ExportSubjects = {};
  let grantSubject: Subject | undefined;
  let clinicId = '';
  for (const scope of exportedScopes) {
    try {
      const { clinic, subject } = await clientSubjectOf(request, clientId, scope);
      subjects[scope] = subject;
      // Every clinic grant includes the clinic's own treatment sessions, so not the data.
      if (scope !== 'treatment') grantSubject ??= subject;
      clinicId = clinic.clinicId;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'scope_not_granted') throw error;
    }
  }
  if (!grantSubject) {
    throw new AppError(
      'scope_not_granted',
      'This person shares none of their log, check-ins, self-checks or plan with your clinic.',
    );
  }
  return { subjects, grantSubject, clinicId };
}

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
          .send(toFhirBundle(fhirSourceOf(data)));
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
      return sendPdf(reply, `ketalog-report-${kind}.pdf`, pdf);
    },
  );

  app.get(
    '/api/clinic/clients/:clientId/export',
    {
      schema: {
        tags: ['clinic'],
        summary:
          'A client’s FHIR R4 Bundle for the clinic: only what their grant shares (log, check-ins, self-checks, plan), with the grant as a Consent',
        params: ZClientParamsSchema,
        response: withErrors({ 200: ZFhirBundleSchema }),
      },
    },
    async (request, reply) => {
      const { clientId } = request.params;
      const { subjects, grantSubject, clinicId } = await sharedExportSubjects(request, clientId);
      const { profile } = await getAccount(app.ctx, clientId);
      const bundle = await exportClientBundle(
        app.ctx,
        { userId: clientId, displayName: profile.displayName, grantSubject, clinicId },
        subjects,
      );
      return reply
        .header('content-type', 'application/fhir+json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="ketalog-client-fhir.json"')
        .send(bundle);
    },
  );
}
