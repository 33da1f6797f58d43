import { z } from 'zod';
import {
  ZIdempotencyHeadersSchema,
  ZQuestionnaireAnswersSchema,
} from '../../domain/log/log-api.js';
import { questionnaires } from '../../domain/questionnaires/index.js';
import { subjectOf } from '../access/request-access.js';
import { answerCreateOnce } from './account-writes.js';
import {
  listResponses,
  requireQuestionnaire,
  saveResponse,
  scoreAnswers,
} from '../services/questionnaires.js';
import type { App } from '../app-type.js';

const ZQuestionnaireParamsSchema = z.object({ id: z.string().max(40) });
const tags = ['self-check'];

export function registerQuestionnaireRoutes(app: App) {
  app.get(
    '/api/questionnaires',
    { schema: { tags, summary: 'The self-check questionnaires' } },
    async () => ({
      questionnaires,
    }),
  );

  app.get(
    '/api/questionnaires/:id',
    {
      schema: {
        tags,
        summary: 'One questionnaire: items, answer options, bands, sources',
        params: ZQuestionnaireParamsSchema,
      },
    },
    async (request) => ({ questionnaire: requireQuestionnaire(request.params.id) }),
  );

  app.post(
    '/api/questionnaires/:id/score',
    {
      schema: {
        tags,
        summary: 'Score answers without storing them (no account needed)',
        params: ZQuestionnaireParamsSchema,
        body: ZQuestionnaireAnswersSchema,
      },
    },
    async (request) => scoreAnswers(request.params.id, request.body.answers, request.body.context),
  );

  app.post(
    '/api/questionnaires/:id/responses',
    {
      schema: {
        tags,
        summary: 'Score and store answers in your history',
        headers: ZIdempotencyHeadersSchema,
        params: ZQuestionnaireParamsSchema,
        body: ZQuestionnaireAnswersSchema,
      },
    },
    async (request, reply) =>
      answerCreateOnce(request, reply, 'self-checks', async (ctx, subject) => ({
        statusCode: 201,
        response: {
          response: await saveResponse(ctx, subject, request.params.id, request.body),
        },
      })),
  );

  app.get(
    '/api/questionnaires/:id/responses',
    {
      schema: {
        tags,
        summary: 'Your stored results of one questionnaire, oldest first',
        params: ZQuestionnaireParamsSchema,
      },
    },
    async (request) => ({
      responses: await listResponses(
        app.ctx,
        await subjectOf(request, 'self-checks'),
        request.params.id,
      ),
    }),
  );
}
