import { withErrors } from '../../domain/api-responses.js';
import {
  ZClientParamsSchema,
  ZMyFollowUpsSchema,
  ZWithdrawalFollowUpInputSchema,
  ZWithdrawalFollowUpResponseSchema,
} from '../../domain/clinic/clinic-api.js';
import { clientSubjectOf, subjectOf } from '../access/request-access.js';
import {
  endRunningFollowUp,
  followUpsOfPerson,
  runningFollowUp,
  startFollowUp,
} from '../services/withdrawal-follow-ups.js';
import { consumeWriteQuota } from '../services/write-quota.js';
import type { App } from '../app-type.js';

const tags = ['clinic'];
const params = ZClientParamsSchema;
const path = '/api/clinic/clients/:clientId/withdrawal-follow-up';

/**
 * Supervised withdrawal: a clinician follows a client's withdrawal, and the caseload raises
 * the client (GET /api/clinic/clients). The person sees who follows them.
 */
export function registerWithdrawalRoutes(app: App) {
  app.post(
    path,
    {
      schema: {
        tags,
        summary:
          'Start following a client’s withdrawal: the caseload raises them on severe or rising symptoms, a missed check-in or use',
        params,
        body: ZWithdrawalFollowUpInputSchema,
        response: withErrors({ 201: ZWithdrawalFollowUpResponseSchema }),
      },
    },
    async (request, reply) => {
      const { clinic, subject } = await clientSubjectOf(
        request,
        request.params.clientId,
        'withdrawal',
      );
      await consumeWriteQuota(app.ctx, subject.actorId);
      const followUp = await startFollowUp(app.ctx, clinic, subject, request.body);
      return reply.status(201).send({ followUp });
    },
  );

  app.get(
    path,
    {
      schema: {
        tags,
        summary: 'The clinic’s withdrawal follow-up of a client running now, or null',
        params,
        response: withErrors({ 200: ZWithdrawalFollowUpResponseSchema }),
      },
    },
    async (request) => {
      const { clinic, subject } = await clientSubjectOf(
        request,
        request.params.clientId,
        'withdrawal',
      );
      return { followUp: await runningFollowUp(app.ctx, clinic, subject) };
    },
  );

  app.post(
    `${path}/end`,
    {
      schema: {
        tags,
        summary: 'End the withdrawal follow-up of a client (it is kept, with its end)',
        params,
        response: withErrors({ 200: ZWithdrawalFollowUpResponseSchema }),
      },
    },
    async (request) => {
      const { clinic, subject } = await clientSubjectOf(
        request,
        request.params.clientId,
        'withdrawal',
      );
      await consumeWriteQuota(app.ctx, subject.actorId);
      return { followUp: await endRunningFollowUp(app.ctx, clinic, subject) };
    },
  );

  app.get(
    '/api/me/follow-ups',
    {
      schema: {
        tags: ['sharing'],
        summary: 'The clinics following your withdrawal now',
        response: withErrors({ 200: ZMyFollowUpsSchema }),
      },
    },
    async (request) => ({
      followUps: await followUpsOfPerson(app.ctx, await subjectOf(request, 'withdrawal')),
    }),
  );
}
