import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webRoot } from '../src/server/app.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let testApp: TestApp;
let scriptPath: string;
beforeAll(async () => {
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error('No web build: run "node scripts/build.mjs" first (npm test does).');
  }
  testApp = await createTestApp();
  const html = readFileSync(path.join(webRoot, 'index.html'), 'utf8');
  scriptPath = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
});
afterAll(() => testApp?.close());

const get = (url: string, acceptEncoding: string) =>
  testApp.app.inject({ method: 'GET', url, headers: { 'accept-encoding': acceptEncoding } });

describe('how the web app travels', () => {
  it('sends the app script brotli-compressed, cached for a year as immutable', async () => {
    const response = await get(scriptPath, 'gzip, deflate, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const original = readFileSync(path.join(webRoot, scriptPath));
    expect(response.rawPayload.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(response.rawPayload).equals(original)).toBe(true);
  });

  it('falls back to gzip for a browser without brotli', async () => {
    const response = await get(scriptPath, 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    const original = readFileSync(path.join(webRoot, scriptPath));
    expect(gunzipSync(response.rawPayload).equals(original)).toBe(true);
  });

  it('has the page itself revalidated every time, so a new release is picked up', async () => {
    for (const url of ['/', '/history', '/learn/withdrawal']) {
      const response = await get(url, 'br');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['cache-control']).not.toContain('immutable');
    }
  });

  it('compresses API answers too', async () => {
    const response = await get('/api/kb/articles', 'br, gzip');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    const articles = JSON.parse(brotliDecompressSync(response.rawPayload).toString('utf8'));
    expect(articles.articles.length).toBeGreaterThan(5);
  });

  it('sends private mode’s PGlite compressed at build time, as WebAssembly that compiles while it arrives', async () => {
    const wasm = readdirSync(path.join(webRoot, 'assets')).find((name) =>
      /^private-pglite-.*\.wasm$/.test(name),
    )!;
    const response = await get(`/assets/${wasm}`, 'gzip, deflate, br');
    expect(response.headers['content-type']).toBe('application/wasm');
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const original = readFileSync(path.join(webRoot, 'assets', wasm));
    expect(response.rawPayload.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(response.rawPayload).equals(original)).toBe(true);
    // The empty database a first start loads: compressed too, and revalidated (no hash).
    const fresh = await get('/private-db/fresh.tar', 'gzip');
    expect(fresh.headers['content-encoding']).toBe('gzip');
    expect(fresh.headers['cache-control']).toBe('no-cache');
    expect(fresh.rawPayload.length).toBeLessThan(2_000_000);
  });

  it('sends plain bytes to a client that asks for no compression', async () => {
    const response = await get(scriptPath, 'identity');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.rawPayload.equals(readFileSync(path.join(webRoot, scriptPath)))).toBe(true);
  });
});
