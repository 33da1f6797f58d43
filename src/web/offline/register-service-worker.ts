/// <reference types="vite/client" />

/**
 * Installs the service worker that keeps the app shell on the device (only in a built app:
 * the dev server has no precache list). Failing to register never stops the app; it only
 * means no offline copy.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/service-worker.js').catch((error: unknown) => {
      console.warn('Offline copy unavailable: the service worker did not register.', error);
    });
  });
}
