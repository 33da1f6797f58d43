import { withErrors } from '../../domain/api-responses.js';
import {
  ZIdempotencyHeadersSchema,
  ZQuestionnaireAnswersSchema,
} from '../../domain/log/log-api.js';
import { questionnaires } from '../../domain/questionnaires/index.js';
import {
  ZQuestionnaireBodySchema,
  ZQuestionnaireListSchema,
  ZQuestionnaireParamsSchema,
  ZQuestionnaireResponseBodySchema,
  ZQuestionnaireResponseListSchema,
  ZQuestionnaireResultSchema,
} from '../../domain/questionnaires/questionnaires-api.js';
import { subjectOf } from '../access/request-access.js';
import { answerCreateOnce } from './account-writes.js';
import {
  listResponses,
  requireQuestionnaire,
  saveResponse,
  scoreAnswers,
} from '../services/questionnaires.js';
import type { App } from '../app-type.js';

const tags = ['self-check'];

export function registerQuestionnaireRoutes(app: App) {
  app.get(
    '/api/questionnaires',
    {
      schema: {
        tags,
        summary: 'The self-check questionnaires',
        response: withErrors({ 200: ZQuestionnaireListSchema }),
      },
    },
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
        response: withErrors({ 200: ZQuestionnaireBodySchema }),
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
        response: withErrors({ 200: ZQuestionnaireResultSchema }),
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
        response: withErrors({ 201: ZQuestionnaireResponseBodySchema }),
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
        response: withErrors({ 200: ZQuestionnaireResponseListSchema }),
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
