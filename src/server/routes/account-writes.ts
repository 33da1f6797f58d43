import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Account } from '../../domain/accounts/account.js';
import { requireAccount } from '../auth/session-cookie.js';
import type { ServiceContext } from '../services/context.js';
import { writeOnce, type WriteAnswer } from '../services/idempotency.js';
import { consumeWriteQuota } from '../services/write-quota.js';

/** The signed-in person about to change their data; every write counts against their quota. */
export async function requireAccountToWrite(request: FastifyRequest): Promise<Account> {
  const account = await requireAccount(request);
  await consumeWriteQuota(request.server.ctx, account.id);
  return account;
}

/**
 * Answers a create at most once per Idempotency-Key (the header is validated by the route's
 * schema): a retry of the same request gets the first answer, and nothing is stored twice.
 */
export async function answerCreateOnce(
  request: FastifyRequest,
  reply: FastifyReply,
  write: (ctx: ServiceContext, account: Account) => Promise<WriteAnswer>,
) {
  const account = await requireAccountToWrite(request);
  const key = request.headers['idempotency-key'];
  const answer = await writeOnce(
    request.server.ctx,
    {
      userId: account.id,
      key: typeof key === 'string' ? key : undefined,
      request: { route: request.routeOptions.url, params: request.params, body: request.body },
    },
    (ctx) => write(ctx, account),
  );
  return reply.status(answer.statusCode).send(answer.response);
}
