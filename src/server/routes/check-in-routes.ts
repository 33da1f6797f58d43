import { withErrors, ZNoContentSchema } from '../../domain/api-responses.js';
import {
  ZCheckInInputSchema,
  ZCheckInListSchema,
  ZCheckInResponseSchema,
  ZDateParamsSchema,
  ZDateRangeQuerySchema,
  ZIdempotencyHeadersSchema,
} from '../../domain/log/log-api.js';
import { subjectOf, subjectToWrite } from '../access/request-access.js';
import { answerCreateOnce } from './account-writes.js';
import { deleteCheckIn, getCheckIn, listCheckIns, saveCheckIn } from '../services/check-ins.js';
import type { App } from '../app-type.js';

const tags = ['check-ins'];

export function registerCheckInRoutes(app: App) {
  app.post(
    '/api/check-ins',
    {
      schema: {
        tags,
        summary:
          'Save the daily check-in of a date (201 when new, 200 when it replaced that date’s check-in)',
        headers: ZIdempotencyHeadersSchema,
        body: ZCheckInInputSchema,
        response: withErrors({ 200: ZCheckInResponseSchema, 201: ZCheckInResponseSchema }),
      },
    },
    async (request, reply) =>
      answerCreateOnce(request, reply, 'check-ins', async (ctx, subject) => {
        const { checkIn, created } = await saveCheckIn(ctx, subject, request.body);
        return { statusCode: created ? 201 : 200, response: { checkIn } };
      }),
  );

  app.get(
    '/api/check-ins',
    {
      schema: {
        tags,
        summary: 'Your check-ins, newest first',
        querystring: ZDateRangeQuerySchema,
        response: withErrors({ 200: ZCheckInListSchema }),
      },
    },
    async (request) => ({
      checkIns: await listCheckIns(app.ctx, await subjectOf(request, 'check-ins'), request.query),
    }),
  );

  app.get(
    '/api/check-ins/:date',
    {
      schema: {
        tags,
        summary: 'The check-in of one date',
        params: ZDateParamsSchema,
        response: withErrors({ 200: ZCheckInResponseSchema }),
      },
    },
    async (request) => ({
      checkIn: await getCheckIn(
        app.ctx,
        await subjectOf(request, 'check-ins'),
        request.params.date,
      ),
    }),
  );

  app.delete(
    '/api/check-ins/:date',
    {
      schema: {
        tags,
        summary: 'Delete the check-in of one date',
        params: ZDateParamsSchema,
        response: withErrors({ 204: ZNoContentSchema }),
      },
    },
    async (request, reply) => {
      await deleteCheckIn(app.ctx, await subjectToWrite(request, 'check-ins'), request.params.date);
      return reply.status(204).send();
    },
  );
}
