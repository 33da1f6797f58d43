import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { shouldRetry } from './api/client.js';
import { App } from './App.js';
import { DeviceLockGate } from './lock/DeviceLockGate.js';
import { registerServiceWorker } from './offline/register-service-worker.js';
import { PrivateModeApp, privateModeChosen } from './private/private-mode.js';
import './styles.css';

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
