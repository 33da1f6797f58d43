/// <reference lib="webworker" />
/**
 * Keeps the app shell (index.html and the hashed scripts and styles of this build) on the
 * device, so the Get help page opens even when the server or the network is down. The build
 * replaces the precache list below with this build's files, so every build is a new worker
 * with its own cache. API responses are never touched: they carry personal data.
 * Private mode's files (its worker and PGlite, about 5 MB) are not precached: they are
 * kept when private mode first fetches them, so private mode then opens offline too.
 */
export {};
declare const self: ServiceWorkerGlobalScope;
/** Filled in by the build (vite.config.ts); apiPrefix is src/web/api's, so no chunk is shared. */
declare const __KETALOG_PRECACHE__: {
  version: string;
  files: string[];
  onDemand: string[];
  apiPrefix: string;
};

const { version, files, onDemand, apiPrefix } = __KETALOG_PRECACHE__;
const cachePrefix = 'ketalog-shell-';
const cacheName = `${cachePrefix}${version}`;
const shellUrl = '/index.html';
/** One cache across builds: hashed names that did not change need no new download. */
const onDemandCacheName = 'ketalog-private-files';

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
      const onDemandCache = await caches.open(onDemandCacheName);
      for (const request of await onDemandCache.keys()) {
        if (!onDemand.includes(new URL(request.url).pathname)) await onDemandCache.delete(request);
      }
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

/** Kept the first time it is fetched, then answered from the device. */
async function keptOnDemand(request: Request): Promise<Response> {
  const cache = await caches.open(onDemandCacheName);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith(apiPrefix)) return;
  if (request.mode === 'navigate') event.respondWith(navigate(request));
  else if (files.includes(url.pathname)) event.respondWith(cachedFirst(request));
  else if (onDemand.includes(url.pathname)) event.respondWith(keptOnDemand(request));
});
