import { withErrors, ZNoContentSchema } from '../../domain/api-responses.js';
import {
  ZSealedShareCreatedSchema,
  ZSealedShareInputSchema,
  ZSealedShareParamsSchema,
  ZSealedShareRemovalSchema,
  ZSealedShareSchema,
  ZSealedShareStatusSchema,
} from '../../domain/clinic/sealed-share-api.js';
import { resolveSealedShare } from '../access/gate.js';
import {
  removeSealedShare,
  sealedShareStatus,
  storeSealedShare,
  toSealedShare,
} from '../services/sealed-shares.js';
import type { App } from '../app-type.js';
import { codeRateLimit } from './sharing-routes.js';

/**
 * Sharing from private mode (docs/private-mode.md): anyone may leave ciphertext, up to the
 * snapshot limit and as often as the code rate limit allows, and withdraw it or ask whether a
 * clinic opened it with the removal token; only a clinic member may take it, and the first
 * clinic to take it is the only one that can again.
 */
export function registerSealedShareRoutes(app: App) {
  const tags = ['sharing'];

  app.post(
    '/api/sharing/sealed',
    {
      bodyLimit: app.ctx.config.snapshotLimitBytes,
      schema: {
        tags,
        summary:
          'Leave a sealed snapshot for a clinic (no account): ciphertext only, kept 7, 30 or 90 days; the key stays in the link you give the clinic',
        body: ZSealedShareInputSchema,
        response: withErrors({ 201: ZSealedShareCreatedSchema }),
      },
      config: { rateLimit: codeRateLimit(app) },
    },
    async (request, reply) => reply.status(201).send(await storeSealedShare(app.ctx, request.body)),
  );

  app.delete(
    '/api/sharing/sealed/:id',
    {
      schema: {
        tags,
        summary: 'Withdraw a sealed snapshot with the removal token its upload answered with',
        params: ZSealedShareParamsSchema,
        body: ZSealedShareRemovalSchema,
        response: withErrors({ 204: ZNoContentSchema }),
      },
      config: { rateLimit: codeRateLimit(app) },
    },
    async (request, reply) => {
      await removeSealedShare(app.ctx, request.params.id, request.body.removalToken);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/sharing/sealed/:id/status',
    {
      schema: {
        tags,
        summary:
          'Whether a clinic opened a sealed snapshot (which clinic, when) or it is past its date, asked with its removal token',
        params: ZSealedShareParamsSchema,
        body: ZSealedShareRemovalSchema,
        response: withErrors({ 200: ZSealedShareStatusSchema }),
      },
      config: { rateLimit: codeRateLimit(app) },
    },
    (request) => sealedShareStatus(app.ctx, request.params.id, request.body.removalToken),
  );

  app.get(
    '/api/clinic/snapshots/:id',
    {
      schema: {
        tags: ['clinic'],
        summary:
          'A sealed snapshot’s ciphertext, for clinicians: the first clinic to open it claims it',
        params: ZSealedShareParamsSchema,
        response: withErrors({ 200: ZSealedShareSchema }),
      },
      config: { rateLimit: codeRateLimit(app) },
    },
    async (request) =>
      toSealedShare(await resolveSealedShare(app.ctx, request.actor, request.params.id)),
  );
}
