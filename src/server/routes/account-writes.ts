import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccessScope, Subject } from '../access/gate.js';
import { subjectToWrite } from '../access/request-access.js';
import type { ServiceContext } from '../services/context.js';
import { writeOnce, type WriteAnswer } from '../services/idempotency.js';

/**
 * Answers a create at most once per Idempotency-Key (the header is validated by the route's
 * schema): a retry of the same request gets the first answer, and nothing is stored twice.
 */
export async function answerCreateOnce(
  request: FastifyRequest,
  reply: FastifyReply,
  scope: AccessScope,
  write: (ctx: ServiceContext, subject: Subject) => Promise<WriteAnswer>,
) {
  const subject = await subjectToWrite(request, scope);
  const key = request.headers['idempotency-key'];
  const answer = await writeOnce(
    request.server.ctx,
    {
      userId: subject.actorId,
      key: typeof key === 'string' ? key : undefined,
      request: { route: request.routeOptions.url, params: request.params, body: request.body },
    },
    (ctx) => write(ctx, subject),
  );
  return reply.status(answer.statusCode).send(answer.response);
}
