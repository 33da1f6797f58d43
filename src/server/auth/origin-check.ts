import type { FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Load balancers probe health by address, not by the public name. */
const anyHostPaths = new Set(['/api/health']);

/**
 * With a public URL configured, answers only requests for its host: a page on another name
 * that resolves here (DNS rebinding) gets nothing.
 */
export async function refuseForeignHost(request: FastifyRequest): Promise<void> {
  const { publicUrl } = request.server.ctx.config;
  if (!publicUrl || anyHostPaths.has(request.url)) return;
  if (hostOf(publicUrl.protocol, request.headers.host) !== publicUrl.host) {
    throw new AppError('host_refused', `This server answers only for ${publicUrl.host}.`);
  }
}

/**
 * Refuses state-changing requests that a browser did not send from this app (CSRF defence
 * beside SameSite=Lax cookies). A browser always sends Origin on a request that is not GET
 * or HEAD (Fetch standard, "append a request Origin header"), and modern ones send
 * Sec-Fetch-Site; so either must say this origin. A request carrying neither nor a Referer
 * did not come from a browser (curl, the CLI) and has no cookies riding along by accident.
 */
export async function refuseForeignOrigin(request: FastifyRequest): Promise<void> {
  if (safeMethods.has(request.method)) return;
  const { origin, referer } = request.headers;
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') throw refused();
  if (origin !== undefined) {
    if (!isOwnOrigin(request, origin)) throw refused();
    return;
  }
  // Referer without Origin is not what a browser sends for its own app; refuse it.
  if (referer !== undefined && site === undefined) throw refused();
}

function isOwnOrigin(request: FastifyRequest, origin: string): boolean {
  const { publicUrl } = request.server.ctx.config;
  if (publicUrl) return origin === publicUrl.origin;
  try {
    const originUrl = new URL(origin);
    return originUrl.host === hostOf(originUrl.protocol, request.headers.host);
  } catch {
    return false;
  }
}

/** A Host header in URL form, with the scheme's default port dropped. */
function hostOf(protocol: string, hostHeader: string | undefined): string | undefined {
  if (hostHeader === undefined) return undefined;
  try {
    return new URL(`${protocol}//${hostHeader}`).host;
  } catch {
    return undefined;
  }
}

function refused() {
  return new AppError('origin_refused', 'This request came from another website and was refused.');
}
