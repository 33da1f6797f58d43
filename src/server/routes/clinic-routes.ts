import type { z } from 'zod';
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
import { redeemGrantFor } from '../services/sharing.js';
import { notesAbout } from '../services/sharing-records.js';
import { consumeWriteQuota } from '../services/write-quota.js';
import type { AccessScope, Subject } from '../access/gate.js';
import type { App } from '../app-type.js';
import type { ServiceContext } from '../services/context.js';
import { codeRateLimit } from './sharing-routes.js';

const tags = ['clinic'];
const params = ZClientParamsSchema;

/**
 * A read of one part of a client's data, answered by the very service the person's own
 * route calls, with the subject the gate returns for `scope`.
 */
type ClientView<
  Params extends z.ZodType,
  Query extends z.ZodType | undefined,
  Reply extends z.ZodType,
> = {
  /** After `/api/clinic/clients/:clientId`. */
  path: string;
  scope: AccessScope;
  summary: string;
  params: Params;
  querystring?: Query;
  response: Reply;
  answer: (
    ctx: ServiceContext,
    subject: Subject,
    request: {
      params: z.output<Params>;
      query: Query extends z.ZodType ? z.output<Query> : undefined;
    },
  ) => Promise<z.input<Reply>>;
};

/** Keeps each view's own types while the table holds them all. */
const clientView = <
  Params extends z.ZodType,
  Query extends z.ZodType | undefined,
  Reply extends z.ZodType,
>(
  view: ClientView<Params, Query, Reply>,
) => view as unknown as ClientView<z.ZodType, z.ZodType | undefined, z.ZodType>;

const clientViews = [
  clientView({
    path: '/doses',
    scope: 'log',
    summary: 'A client’s doses (scope log), as GET /api/doses answers',
    params,
    querystring: ZDoseListQuerySchema,
    response: ZDoseListSchema,
    answer: (ctx, subject, { query }) => listDoses(ctx, subject, query),
  }),
  clientView({
    path: '/check-ins',
    scope: 'check-ins',
    summary: 'A client’s check-ins (scope check-ins), as GET /api/check-ins answers',
    params,
    querystring: ZDateRangeQuerySchema,
    response: ZCheckInListSchema,
    answer: async (ctx, subject, { query }) => ({
      checkIns: await listCheckIns(ctx, subject, query),
    }),
  }),
  clientView({
    path: '/questionnaire-responses/:id',
    scope: 'self-checks',
    summary:
      'A client’s results of one questionnaire (scope self-checks), as GET /api/questionnaires/{id}/responses answers',
    params: ZClientQuestionnaireParamsSchema,
    response: ZQuestionnaireResponseListSchema,
    answer: async (ctx, subject, { params: { id } }) => ({
      responses: await listResponses(ctx, subject, id),
    }),
  }),
  clientView({
    path: '/risk',
    scope: 'risk',
    summary: 'A client’s warnings and summary (scope risk), as GET /api/risk answers',
    params,
    response: ZRiskResultSchema,
    answer: (ctx, subject) => evaluatePersonRisk(ctx, subject),
  }),
  clientView({
    path: '/levels',
    scope: 'levels',
    summary:
      'A client’s estimated levels with their own weight (scope levels), as GET /api/levels answers',
    params,
    querystring: ZLevelsQuerySchema,
    response: ZLevelsSchema,
    answer: (ctx, subject, { query }) => getLevels(ctx, subject, query),
  }),
  clientView({
    path: '/plan',
    scope: 'plan',
    summary: 'A client’s recovery plan and progress (scope plan), as GET /api/plan answers',
    params,
    response: ZPlanWithProgressSchema,
    answer: (ctx, subject) => getPlan(ctx, subject),
  }),
];

function registerClientView(
  app: App,
  view: ClientView<z.ZodType, z.ZodType | undefined, z.ZodType>,
) {
  app.get(
    `/api/clinic/clients/:clientId${view.path}`,
    {
      schema: {
        tags,
        summary: view.summary,
        params: view.params,
        ...(view.querystring ? { querystring: view.querystring } : {}),
        response: withErrors({ 200: view.response }),
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      const { subject } = await clientSubjectOf(request, clientId, view.scope);
      return view.answer(app.ctx, subject, { params: request.params, query: request.query });
    },
  );
}

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
          buildCaseload(app.ctx, clinic.clinicId, granted, disengagedAfterDays),
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

  for (const route of clientViews) registerClientView(app, route);

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
