import { withErrors } from '../../domain/api-responses.js';
import {
  ZCaseloadSchema,
  ZClientParamsSchema,
  ZClientQuestionnaireParamsSchema,
  ZClientResponseSchema,
  ZClinicianNoteInputSchema,
  ZClinicianNoteListSchema,
  ZClinicianNoteResponseSchema,
  ZClinicSchema,
  ZCodeInputSchema,
} from '../../domain/clinic/clinic-api.js';
import {
  ZCheckInListSchema,
  ZDateRangeQuerySchema,
  ZDoseListQuerySchema,
  ZDoseListSchema,
} from '../../domain/log/log-api.js';
import { ZLevelsQuerySchema, ZLevelsSchema } from '../../domain/pk/pk-api.js';
import { ZQuestionnaireResponseListSchema } from '../../domain/questionnaires/questionnaires-api.js';
import { ZPlanWithProgressSchema } from '../../domain/recovery/recovery-api.js';
import { ZRiskResultSchema } from '../../domain/risk/risk-api.js';
import {
  clientSubjectOf,
  clinicOf,
  grantedSubjectsOf,
  ownAccountOf,
} from '../access/request-access.js';
import { listCheckIns } from '../services/check-ins.js';
import { withTreatmentFields } from '../services/caseload-treatment.js';
import { buildCaseload, clinicView, joinClinic, writeNote } from '../services/clinics.js';
import { listDoses } from '../services/doses.js';
import { getLevels } from '../services/levels.js';
import { listResponses } from '../services/questionnaires.js';
import { getPlan } from '../services/recovery.js';
import { evaluatePersonRisk } from '../services/risk.js';
import { notesAbout, redeemGrantFor } from '../services/sharing.js';
import { consumeWriteQuota } from '../services/write-quota.js';
import type { App } from '../app-type.js';
import { codeRateLimit } from './sharing-routes.js';

const tags = ['clinic'];
const params = ZClientParamsSchema;

/**
 * The clinic area. A client's data answers in the same shapes as the person's own routes,
 * worked out with the client's time zone and weight, through the same services: the gate
 * decides what the clinic may see. Clinicians never write to a client's log.
 */
export function registerClinicRoutes(app: App) {
  app.post(
    '/api/clinic/join',
    {
      schema: {
        tags,
        summary: 'Join a clinic as a clinician with the code its operator gave you',
        body: ZCodeInputSchema,
        response: withErrors({ 200: ZClinicSchema }),
      },
      config: { rateLimit: codeRateLimit(app) },
    },
    async (request) => {
      const account = await ownAccountOf(request);
      await consumeWriteQuota(app.ctx, account.id);
      return joinClinic(app.ctx, account, request.body.code);
    },
  );

  app.get(
    '/api/clinic',
    {
      schema: {
        tags,
        summary: 'Your clinic and its clinicians',
        response: withErrors({ 200: ZClinicSchema }),
      },
    },
    async (request) => clinicView(app.ctx, await clinicOf(request)),
  );

  app.get(
    '/api/clinic/clients',
    {
      schema: {
        tags,
        summary:
          'The caseload: clients sharing with the clinic, urgent first, then warning, then disengaged, then the rest',
        response: withErrors({ 200: ZCaseloadSchema }),
      },
    },
    async (request) => {
      const clinic = await clinicOf(request);
      const granted = await grantedSubjectsOf(request, clinic, 'caseload');
      const { disengagedAfterDays } = app.ctx.config.clinic;
      return {
        clients: await withTreatmentFields(
          app.ctx,
          clinic.clinicId,
          granted,
          buildCaseload(app.ctx, granted, disengagedAfterDays),
        ),
        disengagedAfterDays,
      };
    },
  );

  app.post(
    '/api/clinic/clients',
    {
      schema: {
        tags,
        summary: 'Add a client with the share code they gave you',
        body: ZCodeInputSchema,
        response: withErrors({ 201: ZClientResponseSchema }),
      },
      config: { rateLimit: codeRateLimit(app) },
    },
    async (request, reply) => {
      const clinic = await clinicOf(request);
      await consumeWriteQuota(app.ctx, request.actor!.id);
      const client = await redeemGrantFor(app.ctx, request.actor!, request.body.code, {
        clinicId: clinic.clinicId,
      });
      return reply.status(201).send({ client });
    },
  );

  app.get(
    '/api/clinic/clients/:clientId/doses',
    {
      schema: {
        tags,
        summary: 'A client’s doses (scope log), as GET /api/doses answers',
        params,
        querystring: ZDoseListQuerySchema,
        response: withErrors({ 200: ZDoseListSchema }),
      },
    },
    async (request) =>
      listDoses(
        app.ctx,
        (await clientSubjectOf(request, request.params.clientId, 'log')).subject,
        request.query,
      ),
  );

  app.get(
    '/api/clinic/clients/:clientId/check-ins',
    {
      schema: {
        tags,
        summary: 'A client’s check-ins (scope check-ins), as GET /api/check-ins answers',
        params,
        querystring: ZDateRangeQuerySchema,
        response: withErrors({ 200: ZCheckInListSchema }),
      },
    },
    async (request) => ({
      checkIns: await listCheckIns(
        app.ctx,
        (await clientSubjectOf(request, request.params.clientId, 'check-ins')).subject,
        request.query,
      ),
    }),
  );

  app.get(
    '/api/clinic/clients/:clientId/questionnaire-responses/:id',
    {
      schema: {
        tags,
        summary:
          'A client’s results of one questionnaire (scope self-checks), as GET /api/questionnaires/{id}/responses answers',
        params: ZClientQuestionnaireParamsSchema,
        response: withErrors({ 200: ZQuestionnaireResponseListSchema }),
      },
    },
    async (request) => ({
      responses: await listResponses(
        app.ctx,
        (await clientSubjectOf(request, request.params.clientId, 'self-checks')).subject,
        request.params.id,
      ),
    }),
  );

  app.get(
    '/api/clinic/clients/:clientId/risk',
    {
      schema: {
        tags,
        summary: 'A client’s warnings and summary (scope risk), as GET /api/risk answers',
        params,
        response: withErrors({ 200: ZRiskResultSchema }),
      },
    },
    async (request) =>
      evaluatePersonRisk(
        app.ctx,
        (await clientSubjectOf(request, request.params.clientId, 'risk')).subject,
      ),
  );

  app.get(
    '/api/clinic/clients/:clientId/levels',
    {
      schema: {
        tags,
        summary:
          'A client’s estimated levels with their own weight (scope levels), as GET /api/levels answers',
        params,
        querystring: ZLevelsQuerySchema,
        response: withErrors({ 200: ZLevelsSchema }),
      },
    },
    async (request) =>
      getLevels(
        app.ctx,
        (await clientSubjectOf(request, request.params.clientId, 'levels')).subject,
        request.query,
      ),
  );

  app.get(
    '/api/clinic/clients/:clientId/plan',
    {
      schema: {
        tags,
        summary: 'A client’s recovery plan and progress (scope plan), as GET /api/plan answers',
        params,
        response: withErrors({ 200: ZPlanWithProgressSchema }),
      },
    },
    async (request) =>
      getPlan(app.ctx, (await clientSubjectOf(request, request.params.clientId, 'plan')).subject),
  );

  app.get(
    '/api/clinic/clients/:clientId/notes',
    {
      schema: {
        tags,
        summary: 'The clinic’s notes about a client, newest first',
        params,
        response: withErrors({ 200: ZClinicianNoteListSchema }),
      },
    },
    async (request) => {
      const { clinic, subject } = await clientSubjectOf(request, request.params.clientId, 'notes');
      return { notes: await notesAbout(app.ctx, subject, clinic.clinicId) };
    },
  );

  app.post(
    '/api/clinic/clients/:clientId/notes',
    {
      schema: {
        tags,
        summary: 'Write a note about a client. Open notes: the client can read it.',
        params,
        body: ZClinicianNoteInputSchema,
        response: withErrors({ 201: ZClinicianNoteResponseSchema }),
      },
    },
    async (request, reply) => {
      const { clinic, subject } = await clientSubjectOf(request, request.params.clientId, 'notes');
      await consumeWriteQuota(app.ctx, subject.actorId);
      const note = await writeNote(app.ctx, clinic, subject, request.body.body);
      return reply.status(201).send({ note });
    },
  );
}
