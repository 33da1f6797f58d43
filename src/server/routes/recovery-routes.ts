import { withErrors } from '../../domain/api-responses.js';
import { ZCravingInputSchema, ZPlanInputSchema } from '../../domain/log/log-api.js';
import {
  ZCravingListSchema,
  ZCravingResponseSchema,
  ZPlanWithProgressSchema,
} from '../../domain/recovery/recovery-api.js';
import { subjectOf, subjectToWrite } from '../access/request-access.js';
import { getPlan, listCravings, recordCraving, savePlan } from '../services/recovery.js';
import type { App } from '../app-type.js';

const tags = ['recovery'];

export function registerRecoveryRoutes(app: App) {
  app.get(
    '/api/plan',
    {
      schema: {
        tags,
        summary: 'Your recovery plan and progress',
        response: withErrors({ 200: ZPlanWithProgressSchema }),
      },
    },
    async (request) => getPlan(app.ctx, await subjectOf(request, 'plan')),
  );

  app.put(
    '/api/plan',
    {
      schema: {
        tags,
        summary: 'Set your goal, reasons, triggers, coping steps and people to call',
        body: ZPlanInputSchema,
        response: withErrors({ 200: ZPlanWithProgressSchema }),
      },
    },
    async (request) => savePlan(app.ctx, await subjectToWrite(request, 'plan'), request.body),
  );

  app.post(
    '/api/cravings',
    {
      schema: {
        tags,
        summary: 'Record a craving, what you tried and whether it helped',
        body: ZCravingInputSchema,
        response: withErrors({ 201: ZCravingResponseSchema }),
      },
    },
    async (request, reply) => {
      const craving = await recordCraving(
        app.ctx,
        await subjectToWrite(request, 'plan'),
        request.body,
      );
      return reply.status(201).send({ craving });
    },
  );

  app.get(
    '/api/cravings',
    {
      schema: {
        tags,
        summary: 'Your recorded cravings, newest first',
        response: withErrors({ 200: ZCravingListSchema }),
      },
    },
    async (request) => ({
      cravings: await listCravings(app.ctx, await subjectOf(request, 'plan')),
    }),
  );
}
