import { withErrors, ZNoContentSchema } from '../../domain/api-responses.js';
import {
  ZDoseInputSchema,
  ZDoseListQuerySchema,
  ZDoseListSchema,
  ZDosePatchSchema,
  ZDoseResponseSchema,
  ZIdParamsSchema,
  ZIdempotencyHeadersSchema,
} from '../../domain/log/log-api.js';
import { subjectOf, subjectToWrite } from '../access/request-access.js';
import { answerCreateOnce } from './account-writes.js';
import { createDose, deleteDose, getDose, listDoses, updateDose } from '../services/doses.js';
import type { App } from '../app-type.js';

const tags = ['doses'];

export function registerDoseRoutes(app: App) {
  app.post(
    '/api/doses',
    {
      schema: {
        tags,
        summary: 'Log a dose',
        headers: ZIdempotencyHeadersSchema,
        body: ZDoseInputSchema,
        response: withErrors({ 201: ZDoseResponseSchema }),
      },
    },
    async (request, reply) =>
      answerCreateOnce(request, reply, 'log', async (ctx, subject) => ({
        statusCode: 201,
        response: { dose: await createDose(ctx, subject, request.body) },
      })),
  );

  app.get(
    '/api/doses',
    {
      schema: {
        tags,
        summary: 'Your doses, newest first, a page at a time',
        querystring: ZDoseListQuerySchema,
        response: withErrors({ 200: ZDoseListSchema }),
      },
    },
    async (request) => listDoses(app.ctx, await subjectOf(request, 'log'), request.query),
  );

  app.get(
    '/api/doses/:id',
    {
      schema: {
        tags,
        summary: 'One dose',
        params: ZIdParamsSchema,
        response: withErrors({ 200: ZDoseResponseSchema }),
      },
    },
    async (request) => ({
      dose: await getDose(app.ctx, await subjectOf(request, 'log'), request.params.id),
    }),
  );

  app.patch(
    '/api/doses/:id',
    {
      schema: {
        tags,
        summary: 'Correct a dose',
        params: ZIdParamsSchema,
        body: ZDosePatchSchema,
        response: withErrors({ 200: ZDoseResponseSchema }),
      },
    },
    async (request) => {
      const subject = await subjectToWrite(request, 'log');
      return { dose: await updateDose(app.ctx, subject, request.params.id, request.body) };
    },
  );

  app.delete(
    '/api/doses/:id',
    {
      schema: {
        tags,
        summary: 'Delete a dose',
        params: ZIdParamsSchema,
        response: withErrors({ 204: ZNoContentSchema }),
      },
    },
    async (request, reply) => {
      await deleteDose(app.ctx, await subjectToWrite(request, 'log'), request.params.id);
      return reply.status(204).send();
    },
  );
}
