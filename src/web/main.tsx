import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { shouldRetry } from './api/client.js';
import { App } from './App.js';
import { DeviceLockGate } from './lock/DeviceLockGate.js';
import { registerServiceWorker } from './offline/register-service-worker.js';
import { lazyPage } from './lazy-page.js';
import { privateModeChosen } from './private/private-mode.js';
import './styles.css';

/** Private mode's code (its worker client and vault screens) loads only once it is chosen. */
const PrivateModeApp = lazyPage(() =>
  import('./private/PrivateModeApp.js').then((app) => app.PrivateModeApp),
);

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: shouldRetry, refetchOnWindowFocus: false } },
});
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        {privateModeChosen() ? (
          <PrivateModeApp />
        ) : (
          <DeviceLockGate>
            <App />
          </DeviceLockGate>
        )}
      </QueryClientProvider>
    </StrictMode>,
  );
}
registerServiceWorker();
