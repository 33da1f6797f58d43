import { withErrors } from '../../domain/api-responses.js';
import {
  ZCaseloadSchema,
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
import { clinicOf, grantedSubjectsOf, ownAccountOf } from '../access/request-access.js';
import { listCheckIns } from '../services/check-ins.js';
import { buildCaseload, clinicView, joinClinic, writeNote } from '../services/clinics.js';
import { listDoses } from '../services/doses.js';
import { getLevels } from '../services/levels.js';
import { listResponses } from '../services/questionnaires.js';
import { getPlan } from '../services/recovery.js';
import { evaluatePersonRisk } from '../services/risk.js';
import { redeemGrantFor } from '../services/sharing.js';
import { notesAbout } from '../services/sharing-records.js';
import { consumeWriteQuota } from '../services/write-quota.js';
import type { App } from '../app-type.js';
import { clientRoute, registerClientRoutes } from './client-routes.js';
import { codeRateLimit } from './sharing-routes.js';

const tags = ['clinic'];

/**
 * A client's data answers in the same shapes as the person's own routes, through the very
 * service the person's route calls, with the subject the gate returns for the route's scope.
 */
const clientRoutes = [
  clientRoute({
    method: 'GET',
    path: '/doses',
    scope: 'log',
    tags,
    summary: 'A client’s doses (scope log), as GET /api/doses answers',
    querystring: ZDoseListQuerySchema,
    response: ZDoseListSchema,
    answer: (ctx, { subject }, { query }) => listDoses(ctx, subject, query),
  }),
  clientRoute({
    method: 'GET',
    path: '/check-ins',
    scope: 'check-ins',
    tags,
    summary: 'A client’s check-ins (scope check-ins), as GET /api/check-ins answers',
    querystring: ZDateRangeQuerySchema,
    response: ZCheckInListSchema,
    answer: async (ctx, { subject }, { query }) => ({
      checkIns: await listCheckIns(ctx, subject, query),
    }),
  }),
  clientRoute({
    method: 'GET',
    path: '/questionnaire-responses/:id',
    scope: 'self-checks',
    tags,
    summary:
      'A client’s results of one questionnaire (scope self-checks), as GET /api/questionnaires/{id}/responses answers',
    params: ZClientQuestionnaireParamsSchema,
    response: ZQuestionnaireResponseListSchema,
    answer: async (ctx, { subject }, { params: { id } }) => ({
      responses: await listResponses(ctx, subject, id),
    }),
  }),
  clientRoute({
    method: 'GET',
    path: '/risk',
    scope: 'risk',
    tags,
    summary: 'A client’s warnings and summary (scope risk), as GET /api/risk answers',
    response: ZRiskResultSchema,
    answer: (ctx, { subject }) => evaluatePersonRisk(ctx, subject),
  }),
  clientRoute({
    method: 'GET',
    path: '/levels',
    scope: 'levels',
    tags,
    summary:
      'A client’s estimated levels with their own weight (scope levels), as GET /api/levels answers',
    querystring: ZLevelsQuerySchema,
    response: ZLevelsSchema,
    answer: (ctx, { subject }, { query }) => getLevels(ctx, subject, query),
  }),
  clientRoute({
    method: 'GET',
    path: '/plan',
    scope: 'plan',
    tags,
    summary: 'A client’s recovery plan and progress (scope plan), as GET /api/plan answers',
    response: ZPlanWithProgressSchema,
    answer: (ctx, { subject }) => getPlan(ctx, subject),
  }),
  clientRoute({
    method: 'GET',
    path: '/notes',
    scope: 'notes',
    tags,
    summary: 'The clinic’s notes about a client, newest first',
    response: ZClinicianNoteListSchema,
    answer: async (ctx, { clinic, subject }) => ({
      notes: await notesAbout(ctx, subject, clinic.clinicId),
    }),
  }),
  clientRoute({
    method: 'POST',
    path: '/notes',
    scope: 'notes',
    tags,
    summary: 'Write a note about a client. Open notes: the client can read it.',
    body: ZClinicianNoteInputSchema,
    status: 201,
    response: ZClinicianNoteResponseSchema,
    answer: async (ctx, { clinic, subject }, { body }) => ({
      note: await writeNote(ctx, clinic, subject, body.body),
    }),
  }),
];

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
        clients: await buildCaseload(app.ctx, clinic.clinicId, granted, disengagedAfterDays),
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

  registerClientRoutes(app, clientRoutes);
}
