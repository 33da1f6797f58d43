import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Client, SignedIn } from '../services/accounts.js';
import { deviceLabel } from './device-label.js';

/** A device token lasts about a year (browsers cap cookie lifetimes near 400 days). */
const deviceCookieDays = 365;

/**
 * With an https public URL the cookies are `__Host-` prefixed and Secure whatever a proxy
 * says, so no other subdomain or plain-http page can set or read them. Without one, Secure
 * follows the request's protocol (as a trusted proxy reports it).
 */
function isHttpsOnly(config: Config) {
  return config.publicUrl?.protocol === 'https:';
}

export function cookieNames(config: Config) {
  const prefix = isHttpsOnly(config) ? '__Host-' : '';
  return { session: `${prefix}ketalog_session`, device: `${prefix}ketalog_device` };
}

function cookieOptions(request: FastifyRequest) {
  const { config } = request.server.ctx;
  const secure = config.publicUrl ? isHttpsOnly(config) : request.protocol === 'https';
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' } as const;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, signedIn: SignedIn) {
  const names = cookieNames(request.server.ctx.config);
  const options = cookieOptions(request);
  reply.setCookie(names.session, signedIn.sessionToken, {
    ...options,
    expires: signedIn.expiresAt,
  });
  reply.setCookie(names.device, signedIn.deviceToken, {
    ...options,
    maxAge: deviceCookieDays * 86_400,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(cookieNames(request.server.ctx.config).session, cookieOptions(request));
}

export function readSessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[cookieNames(request.server.ctx.config).session];
  return token && token.length <= 100 ? token : undefined;
}

/** The browser asking, as the account services need it. */
export function clientOf(request: FastifyRequest): Client {
  const token = request.cookies[cookieNames(request.server.ctx.config).device];
  return {
    device: deviceLabel(request.headers['user-agent']),
    deviceToken: token && token.length <= 200 ? token : undefined,
  };
}
