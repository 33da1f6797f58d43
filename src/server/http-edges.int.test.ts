import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpPerson, type TestApp } from '../../test/support/test-app.js';

let testApp: TestApp;
let cookie: string;
let port: number;

beforeAll(async () => {
  testApp = await createTestApp();
  cookie = (await signUpPerson(testApp.app)).cookie;
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  port = (testApp.app.server.address() as { port: number }).port;
});
afterAll(() => testApp.close());

/** A raw request over a real socket: Node's parser runs before Fastify does. */
function rawGet(
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, method: 'GET' }, (incoming) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('the edges of the HTTP API', () => {
  it('answers a URL over 16 KB in the usual error shape instead of dropping the socket', async () => {
    const response = await rawGet(`/api/kb/search?q=${'a'.repeat(20_000)}`);
    expect(response.status).toBe(431);
    expect(JSON.parse(response.body)).toMatchObject({
      error: { code: 'headers_too_large', message: expect.stringMatching(/too long/) },
    });
  });

  it('answers unknown API-like paths in any letter case with 404 JSON, never the web app', async () => {
    for (const url of ['/API/doses', '/Api/health', '/api', '/api/nothing-here']) {
      const response = await testApp.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toMatch(/application\/json/);
      expect(response.json().error.code, url).toBe('not_found');
    }
  });

  it('tells browsers and proxies not to keep any API answer, personal or error', async () => {
    const answers = await Promise.all([
      testApp.app.inject({ method: 'GET', url: '/api/doses', headers: { cookie } }),
      testApp.app.inject({ method: 'GET', url: '/api/me/export', headers: { cookie } }),
      testApp.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } }),
      testApp.app.inject({ method: 'GET', url: '/api/doses' }),
    ]);
    for (const response of answers) {
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });
});
