import type { App } from './app-type.js';
import { purgeEndedRecords } from './services/sessions.js';

const purgeEveryMs = 3_600_000;

/**
 * Purges ended sessions, expired reset links and old rate-limit counters when the app is
 * ready and then every hour, until it closes. Every app server does it; it is idempotent.
 */
export function schedulePurge(app: App) {
  const run = () =>
    purgeEndedRecords(app.ctx).catch((error: unknown) => {
      app.log.error({ err: error }, 'purge of ended sessions failed');
    });
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await run();
    timer = setInterval(() => void run(), purgeEveryMs).unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
