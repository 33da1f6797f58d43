import type { FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a browser sent from another site (CSRF defence in
 * depth beside SameSite=Lax cookies). Clients that send no Origin (curl, the CLI) pass.
 */
export async function refuseForeignOrigin(request: FastifyRequest): Promise<void> {
  if (safeMethods.has(request.method)) return;
  if (request.headers['sec-fetch-site'] === 'cross-site') throw refused();
  const origin = request.headers.origin;
  if (origin === undefined) return;
  if (!isSameHost(origin, request.headers.host)) throw refused();
}

/** Compares host and port, with each scheme's default port written or not. */
function isSameHost(origin: string, hostHeader: string | undefined): boolean {
  try {
    const originUrl = new URL(origin);
    return (
      hostHeader !== undefined &&
      originUrl.host === new URL(`${originUrl.protocol}//${hostHeader}`).host
    );
  } catch {
    return false;
  }
}

function refused() {
  return new AppError('origin_refused', 'This request came from another website and was refused.');
}
