import type { FastifyRequest } from 'fastify';
import { withErrors } from '../../domain/api-responses.js';
import { ZPdfSchema } from '../../domain/data-transfer/data-transfer-api.js';
import { outcomesCsv } from '../../domain/treatment/outcomes.js';
import {
  ZCsvSchema,
  ZOutcomesSchema,
  ZPrescriptionInputSchema,
  ZPrescriptionListSchema,
  ZRemsDueSchema,
  ZSessionParamsSchema,
  ZTreatmentSessionInputSchema,
  ZTreatmentSessionListSchema,
  ZTreatmentSessionPatchSchema,
  ZTreatmentSessionResponseSchema,
} from '../../domain/treatment/treatment-api.js';
import {
  clientSubjectOf,
  clinicOf,
  grantedSubjectsOf,
  subjectOf,
  subjectToWrite,
} from '../access/request-access.js';
import {
  changeSession,
  findClinicSession,
  findOwnSession,
  listSessions,
  recordSession,
  remsDueList,
} from '../services/treatment-sessions.js';
import { clinicOutcomes } from '../services/outcomes.js';
import { prescriptionsOf, setPrescription } from '../services/prescriptions.js';
import { consumeWriteQuota } from '../services/write-quota.js';
import type { ClinicMembership, Subject } from '../access/gate.js';
import { sessionReportPdf } from '../services/reports.js';
import { sendPdf } from '../reports/pdf-reply.js';
import type { App } from '../app-type.js';
import { clientRoute, registerClientRoutes } from './client-routes.js';

const tags = ['treatment'];

/** Outcomes read PHQ-9s of clients sharing self-checks and bladder scores of those sharing check-ins. */
const outcomeSharers = async (request: FastifyRequest, clinic: ClinicMembership) => ({
  selfChecks: await grantedSubjectsOf(request, clinic, 'self-checks'),
  checkIns: await grantedSubjectsOf(request, clinic, 'check-ins'),
});

/** One of the clinic's sessions by id, and its client as the gate lets the clinic reach them. */
async function clinicSessionOf(request: FastifyRequest, sessionId: string) {
  const clinic = await clinicOf(request);
  const row = await findClinicSession(request.server.ctx, clinic, sessionId);
  const { subject } = await clientSubjectOf(request, row.user_id, 'treatment');
  return { row, subject };
}

/** A clinic sees its own prescription, and the weeks from the log only if the client shares it. */
const prescriptionView = (clinic: ClinicMembership, log: Subject | null) => ({
  clinicId: clinic.clinicId,
  logShared: log !== null,
});

/** A clinic's sessions with a client and its take-home prescription for them. */
const clientRoutes = [
  clientRoute({
    method: 'POST',
    path: '/sessions',
    scope: 'treatment',
    tags,
    summary:
      'Record a treatment session (REMS-shaped); its dose goes into the client’s own log as a treatment',
    body: ZTreatmentSessionInputSchema,
    status: 201,
    response: ZTreatmentSessionResponseSchema,
    answer: async (ctx, { clinic, subject }, { body }) => ({
      session: await recordSession(ctx, clinic, subject, body),
    }),
  }),
  clientRoute({
    method: 'GET',
    path: '/sessions',
    scope: 'treatment',
    tags,
    summary: 'The clinic’s sessions with a client, newest first (the first pre-fills the next)',
    response: ZTreatmentSessionListSchema,
    answer: async (ctx, { clinic, subject }) => ({
      sessions: await listSessions(ctx, subject, clinic.clinicId),
    }),
  }),
  clientRoute({
    method: 'PUT',
    path: '/prescription',
    scope: 'treatment',
    partly: ['log'],
    tags,
    summary:
      'Set the clinic’s take-home prescription for a client (amount per dose, weekly maximum)',
    body: ZPrescriptionInputSchema,
    response: ZPrescriptionListSchema,
    answer: (ctx, { clinic, subject, partly }, { body }) =>
      setPrescription(ctx, subject, body, prescriptionView(clinic, partly.log)),
  }),
  clientRoute({
    method: 'GET',
    path: '/prescription',
    scope: 'treatment',
    partly: ['log'],
    tags,
    summary:
      'A client’s take-home prescriptions, as the clinic’s prescription form shows them (the same answer as setting one)',
    response: ZPrescriptionListSchema,
    answer: (ctx, { clinic, subject, partly }) =>
      prescriptionsOf(ctx, subject, prescriptionView(clinic, partly.log)),
  }),
];

/** Supervised sessions: recorded by the clinic, held by the person. */
export function registerTreatmentRoutes(app: App) {
  registerClientRoutes(app, clientRoutes);

  app.patch(
    '/api/clinic/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Correct or complete a session, or record that its REMS form was sent',
        params: ZSessionParamsSchema,
        body: ZTreatmentSessionPatchSchema,
        response: withErrors({ 200: ZTreatmentSessionResponseSchema }),
      },
    },
    async (request) => {
      const { row, subject } = await clinicSessionOf(request, request.params.id);
      await consumeWriteQuota(app.ctx, subject.actorId);
      return { session: await changeSession(app.ctx, row, subject, request.body) };
    },
  );

  app.get(
    '/api/clinic/sessions/:id/report',
    {
      schema: {
        tags,
        summary:
          'The session record as a dated PDF: dose, lot, vitals, MOAA/S, adverse events, monitoring, rule results with sources, REMS form date',
        params: ZSessionParamsSchema,
        response: withErrors({ 200: ZPdfSchema }),
      },
    },
    async (request, reply) => {
      const { row, subject } = await clinicSessionOf(request, request.params.id);
      const { fileName, pdf } = await sessionReportPdf(app.ctx, subject, row);
      return sendPdf(reply, fileName, pdf);
    },
  );

  app.get(
    '/api/clinic/rems-due',
    {
      schema: {
        tags,
        summary: 'Esketamine sessions whose REMS monitoring form is due or overdue (7 days)',
        response: withErrors({ 200: ZRemsDueSchema }),
      },
    },
    async (request) => {
      const clinic = await clinicOf(request);
      const granted = await grantedSubjectsOf(request, clinic, 'treatment');
      return { sessions: await remsDueList(app.ctx, clinic, granted) };
    },
  );

  app.get(
    '/api/clinic/outcomes',
    {
      schema: {
        tags,
        summary:
          'Response (NQF 1884/1885) and remission (CMS159) rates with 95% intervals and median sessions to response, by product; cells under 5 people suppressed',
        response: withErrors({ 200: ZOutcomesSchema }),
      },
    },
    async (request) => {
      const clinic = await clinicOf(request);
      return clinicOutcomes(app.ctx, clinic, await outcomeSharers(request, clinic));
    },
  );

  app.get(
    '/api/clinic/outcomes.csv',
    {
      schema: {
        tags,
        summary: 'The same outcomes as CSV, one row per product and measure',
        response: withErrors({ 200: ZCsvSchema }),
      },
    },
    async (request, reply) => {
      const clinic = await clinicOf(request);
      const { groups } = await clinicOutcomes(
        app.ctx,
        clinic,
        await outcomeSharers(request, clinic),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="ketalog-outcomes.csv"')
        .send(outcomesCsv(groups));
    },
  );

  app.put(
    '/api/me/prescription',
    {
      schema: {
        tags,
        summary: 'Note your own take-home prescription, for your reference',
        body: ZPrescriptionInputSchema,
        response: withErrors({ 200: ZPrescriptionListSchema }),
      },
    },
    async (request) =>
      setPrescription(app.ctx, await subjectToWrite(request, 'treatment'), request.body),
  );

  app.get(
    '/api/me/prescription',
    {
      schema: {
        tags,
        summary: 'Your take-home prescriptions, each against your log week by week',
        response: withErrors({ 200: ZPrescriptionListSchema }),
      },
    },
    async (request) => prescriptionsOf(app.ctx, await subjectOf(request, 'treatment')),
  );

  app.get(
    '/api/me/treatment-sessions',
    {
      schema: {
        tags,
        summary: 'Every session every clinic recorded for you: your session passport',
        response: withErrors({ 200: ZTreatmentSessionListSchema }),
      },
    },
    async (request) => ({
      sessions: await listSessions(app.ctx, await subjectOf(request, 'treatment')),
    }),
  );

  app.get(
    '/api/me/treatment-sessions/:id/report',
    {
      schema: {
        tags,
        summary: 'One of your sessions as the same dated PDF the clinic gets, to take elsewhere',
        params: ZSessionParamsSchema,
        response: withErrors({ 200: ZPdfSchema }),
      },
    },
    async (request, reply) => {
      const subject = await subjectOf(request, 'treatment');
      const row = await findOwnSession(app.ctx, subject, request.params.id);
      const { fileName, pdf } = await sessionReportPdf(app.ctx, subject, row);
      return sendPdf(reply, fileName, pdf);
    },
  );
}
