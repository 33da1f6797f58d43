import { withErrors } from '../../domain/api-responses.js';
import {
  ZMyFollowUpsSchema,
  ZWithdrawalFollowUpInputSchema,
  ZWithdrawalFollowUpResponseSchema,
} from '../../domain/clinic/clinic-api.js';
import { subjectOf } from '../access/request-access.js';
import {
  endRunningFollowUp,
  followUpsOfPerson,
  runningFollowUp,
  startFollowUp,
} from '../services/withdrawal-follow-ups.js';
import type { App } from '../app-type.js';
import { clientRoute, registerClientRoutes } from './client-routes.js';

const tags = ['clinic'];
const path = '/withdrawal-follow-up';

const clientRoutes = [
  clientRoute({
    method: 'POST',
    path,
    scope: 'withdrawal',
    tags,
    summary:
      'Start following a client’s withdrawal: the caseload raises them on severe or rising symptoms, a missed check-in or use',
    body: ZWithdrawalFollowUpInputSchema,
    status: 201,
    response: ZWithdrawalFollowUpResponseSchema,
    answer: async (ctx, { clinic, subject }, { body }) => ({
      followUp: await startFollowUp(ctx, clinic, subject, body),
    }),
  }),
  clientRoute({
    method: 'GET',
    path,
    scope: 'withdrawal',
    tags,
    summary: 'The clinic’s withdrawal follow-up of a client running now, or null',
    response: ZWithdrawalFollowUpResponseSchema,
    answer: async (ctx, { clinic, subject }) => ({
      followUp: await runningFollowUp(ctx, clinic, subject),
    }),
  }),
  clientRoute({
    method: 'POST',
    path: `${path}/end`,
    scope: 'withdrawal',
    tags,
    summary: 'End the withdrawal follow-up of a client (it is kept, with its end)',
    response: ZWithdrawalFollowUpResponseSchema,
    answer: async (ctx, { clinic, subject }) => ({
      followUp: await endRunningFollowUp(ctx, clinic, subject),
    }),
  }),
];

/**
 * Supervised withdrawal: a clinician follows a client's withdrawal, and the caseload raises
 * the client (GET /api/clinic/clients). The person sees who follows them.
 */
export function registerWithdrawalRoutes(app: App) {
  registerClientRoutes(app, clientRoutes);

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
