/// <reference lib="webworker" />
/**
 * Keeps the app shell (index.html and the hashed scripts and styles of this build) on the
 * device, so the Get help page opens even when the server or the network is down. The build
 * replaces the precache list below with this build's files, so every build is a new worker
 * with its own cache. API responses are never touched: they carry personal data.
 */
export {};
declare const self: ServiceWorkerGlobalScope;
/** Filled in by the build (vite.config.ts); apiPrefix is src/web/api's, so no chunk is shared. */
declare const __KETALOG_PRECACHE__: { version: string; files: string[]; apiPrefix: string };

const { version, files, apiPrefix } = __KETALOG_PRECACHE__;
const cachePrefix = 'ketalog-shell-';
const cacheName = `${cachePrefix}${version}`;
const shellUrl = '/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(files)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(cachePrefix) && name !== cacheName)
          .map((name) => caches.delete(name)),
      );
      // The first visit is controlled at once, so it works offline without a reload.
      await self.clients.claim();
    })(),
  );
});

/** Network first, so updates arrive; the cached shell when the server cannot answer. */
async function navigate(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.status < 500) return response;
    return (await caches.match(shellUrl, { cacheName })) ?? response;
  } catch (error) {
    const shell = await caches.match(shellUrl, { cacheName });
    if (shell) return shell;
    throw error;
  }
}

/** Hashed files never change under the same name, so the cached copy is always right. */
async function cachedFirst(request: Request): Promise<Response> {
  return (await caches.match(request, { cacheName })) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith(apiPrefix)) return;
  if (request.mode === 'navigate') event.respondWith(navigate(request));
  else if (files.includes(url.pathname)) event.respondWith(cachedFirst(request));
});
