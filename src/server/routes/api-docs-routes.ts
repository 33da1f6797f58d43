import { withErrors } from '../../domain/api-responses.js';
import { ZApiReferencePageSchema, ZOpenApiDocumentSchema } from '../../domain/system/system-api.js';
import type { App } from '../app-type.js';

type OpenApiOperation = {
  summary?: string;
  tags?: string[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
};
type OpenApiDocument = {
  info: { title: string; version: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A readable reference built from the same OpenAPI document; plain HTML, no scripts. */
export function renderApiReference(doc: OpenApiDocument): string {
  const rows = Object.entries(doc.paths)
    .flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => ({ path, method, operation })),
    )
    .map(({ path, method, operation }) => {
      const schema = operation.requestBody
        ? `<details><summary>Request body</summary><pre>${escapeHtml(JSON.stringify(operation.requestBody, null, 2))}</pre></details>`
        : '';
      const statuses = Object.keys(operation.responses ?? {}).join(', ');
      return `<section><h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h2><p>${escapeHtml(operation.summary ?? '')}</p>${schema}${statuses ? `<p>Responses: ${statuses}</p>` : ''}</section>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(doc.info.title)} API reference</title><link rel="stylesheet" href="/api/docs.css"></head><body><main><h1>${escapeHtml(doc.info.title)} API ${escapeHtml(doc.info.version)}</h1><p>JSON over HTTP. Errors are <code>{ "error": { "code", "message", "details"? } }</code>. Sign in sets an HttpOnly session cookie. Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>.</p>${rows}</main></body></html>`;
}

const docsCss = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1a1a2e;background:#fafafa}main{max-width:60rem;margin:auto;padding:1rem}section{border-top:1px solid #ddd;padding:.5rem 0}h2{font-size:1.05rem}pre{background:#f0f0f4;padding:.75rem;overflow:auto;font-size:.85rem}`;

export function registerApiDocsRoutes(app: App) {
  app.get(
    '/api/openapi.json',
    {
      schema: {
        tags: ['system'],
        summary: 'This API as an OpenAPI 3 document',
        response: withErrors({ 200: ZOpenApiDocumentSchema }),
      },
    },
    async () => ({ ...app.swagger() }),
  );
  app.get(
    '/api/docs',
    {
      schema: {
        tags: ['system'],
        summary: 'Readable API reference (HTML)',
        produces: ['text/html'],
        response: withErrors({ 200: ZApiReferencePageSchema }),
      },
    },
    async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(renderApiReference(app.swagger() as unknown as OpenApiDocument)),
  );
  app.get('/api/docs.css', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').send(docsCss),
  );
}
