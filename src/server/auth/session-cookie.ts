import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Account } from '../../domain/accounts/account.js';
import { AppError } from '../../domain/errors.js';
import { findAccountBySession, type SignedIn } from '../services/accounts.js';

export const sessionCookieName = 'ketalog_session';

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, signedIn: SignedIn) {
  reply.setCookie(sessionCookieName, signedIn.sessionToken, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    expires: signedIn.expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(sessionCookieName, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
  });
}

export function readSessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[sessionCookieName];
  return token && token.length <= 100 ? token : undefined;
}

/** The signed-in person, or a 401. Every route with personal data starts here. */
export async function requireAccount(request: FastifyRequest): Promise<Account> {
  const token = readSessionToken(request);
  const account = token && (await findAccountBySession(request.server.ctx, token));
  if (!account) throw new AppError('unauthenticated', 'Please sign in to continue.');
  return account;
}
