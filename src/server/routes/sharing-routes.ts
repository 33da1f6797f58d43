import { withErrors, ZNoContentSchema } from '../../domain/api-responses.js';
import {
  ZAccessLogSchema,
  ZClientResponseSchema,
  ZClinicianNoteListSchema,
  ZCodeInputSchema,
  ZGrantListSchema,
  ZShareCodeInputSchema,
  ZShareCodeSchema,
  ZSupportingSchema,
} from '../../domain/clinic/clinic-api.js';
import { ZIdParamsSchema } from '../../domain/log/log-api.js';
import {
  grantedSubjectsOf,
  ownAccountOf,
  subjectOf,
  subjectToWrite,
} from '../access/request-access.js';
import { buildSupporterView } from '../services/clinics.js';
import { accessLogOf, listGrants, notesAbout } from '../services/sharing-records.js';
import { createShareCode, redeemGrantFor, revokeGrant } from '../services/sharing.js';
import { consumeWriteQuota } from '../services/write-quota.js';
import type { App } from '../app-type.js';

/** The latest entries the access log page shows (the export holds them all). */
const accessLogShown = 500;

/** Redeeming a code is rate-limited like signing in: codes must not be guessable by trying. */
export function codeRateLimit(app: App) {
  return {
    max: app.ctx.config.authRateLimit.max,
    timeWindow: app.ctx.config.authRateLimit.windowMinutes * 60_000,
  };
}

export function registerSharingRoutes(app: App) {
  const tags = ['sharing'];

  app.post(
    '/api/sharing/codes',
    {
      schema: {
        tags,
        summary:
          'Make a single-use code that shares the chosen parts of your data for 90, 180 or 365 days (it expires unused after 7 days)',
        body: ZShareCodeInputSchema,
        response: withErrors({ 201: ZShareCodeSchema }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createShareCode(app.ctx, await subjectToWrite(request, 'sharing'), request.body),
        ),
  );

  app.get(
    '/api/sharing/grants',
    {
      schema: {
        tags,
        summary: 'Everyone you share with (and shared with), what and until when',
        response: withErrors({ 200: ZGrantListSchema }),
      },
    },
    async (request) => ({ grants: await listGrants(app.ctx, await subjectOf(request, 'sharing')) }),
  );

  app.delete(
    '/api/sharing/grants/:id',
    {
      schema: {
        tags,
        summary: 'Stop sharing: the clinic or supporter loses access at once',
        params: ZIdParamsSchema,
        response: withErrors({ 204: ZNoContentSchema }),
      },
    },
    async (request, reply) => {
      await revokeGrant(app.ctx, await subjectToWrite(request, 'sharing'), request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/sharing/access-log',
    {
      schema: {
        tags,
        summary: 'Every look at your data under a sharing: who, which clinic, what and when',
        response: withErrors({ 200: ZAccessLogSchema }),
      },
    },
    async (request) => ({
      entries: await accessLogOf(app.ctx, await subjectOf(request, 'sharing'), accessLogShown),
    }),
  );

  app.get(
    '/api/sharing/notes',
    {
      schema: {
        tags,
        summary: 'The notes your clinics wrote about you (open notes), newest first',
        response: withErrors({ 200: ZClinicianNoteListSchema }),
      },
    },
    async (request) => ({ notes: await notesAbout(app.ctx, await subjectOf(request, 'sharing')) }),
  );

  app.post(
    '/api/supporting',
    {
      schema: {
        tags: ['supporting'],
        summary:
          'Use a summary-only code someone gave you, to see whether they checked in, their worst warning level and their streak',
        body: ZCodeInputSchema,
        response: withErrors({ 201: ZClientResponseSchema }),
      },
      config: { rateLimit: codeRateLimit(app) },
    },
    async (request, reply) => {
      const actor = await ownAccountOf(request);
      await consumeWriteQuota(app.ctx, actor.id);
      const client = await redeemGrantFor(app.ctx, actor, request.body.code, {
        supporterId: actor.id,
      });
      return reply.status(201).send({ client });
    },
  );

  app.get(
    '/api/supporting',
    {
      schema: {
        tags: ['supporting'],
        summary: 'The people who share a summary with you',
        response: withErrors({ 200: ZSupportingSchema }),
      },
    },
    async (request) => ({
      people: await buildSupporterView(
        app.ctx,
        await grantedSubjectsOf(request, 'supporter', 'summary'),
      ),
    }),
  );
}
