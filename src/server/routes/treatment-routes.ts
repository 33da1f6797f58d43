import { withErrors } from '../../domain/api-responses.js';
import { ZClientParamsSchema } from '../../domain/clinic/clinic-api.js';
import {
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
} from '../access/request-access.js';
import {
  changeSession,
  findClinicSession,
  listSessions,
  recordSession,
  remsDueList,
} from '../services/treatment-sessions.js';
import { consumeWriteQuota } from '../services/write-quota.js';
import type { App } from '../app-type.js';

const tags = ['treatment'];

/** Supervised sessions: recorded by the clinic, held by the person. */
export function registerTreatmentRoutes(app: App) {
  app.post(
    '/api/clinic/clients/:clientId/sessions',
    {
      schema: {
        tags,
        summary:
          'Record a treatment session (REMS-shaped); its dose goes into the client’s own log as a treatment',
        params: ZClientParamsSchema,
        body: ZTreatmentSessionInputSchema,
        response: withErrors({ 201: ZTreatmentSessionResponseSchema }),
      },
    },
    async (request, reply) => {
      const { clinic, subject } = await clientSubjectOf(
        request,
        request.params.clientId,
        'treatment',
      );
      await consumeWriteQuota(app.ctx, subject.actorId);
      const session = await recordSession(app.ctx, clinic, subject, request.body);
      return reply.status(201).send({ session });
    },
  );

  app.get(
    '/api/clinic/clients/:clientId/sessions',
    {
      schema: {
        tags,
        summary: 'The clinic’s sessions with a client, newest first (the first pre-fills the next)',
        params: ZClientParamsSchema,
        response: withErrors({ 200: ZTreatmentSessionListSchema }),
      },
    },
    async (request) => {
      const { clinic, subject } = await clientSubjectOf(
        request,
        request.params.clientId,
        'treatment',
      );
      return { sessions: await listSessions(app.ctx, subject, clinic.clinicId) };
    },
  );

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
      const clinic = await clinicOf(request);
      const row = await findClinicSession(app.ctx, clinic, request.params.id);
      const { subject } = await clientSubjectOf(request, row.user_id, 'treatment');
      await consumeWriteQuota(app.ctx, subject.actorId);
      return { session: await changeSession(app.ctx, row, subject, request.body) };
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
}
