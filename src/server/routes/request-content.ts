import type { FastifyRequest } from 'fastify';
import type { App } from '../app-type.js';
import type { Content } from '../content/load-content.js';

/** The content in the language the browser asks for (Accept-Language, in its order). */
export function contentFor(app: App, request: FastifyRequest): Content {
  const languages = (request.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.split(';')[0]?.trim() ?? '')
    .filter((tag) => tag !== '' && tag !== '*');
  return app.content.forLocale(languages);
}
