import { createContext, useContext, type ReactNode } from 'react';
import type { KetalogClient } from './ketalog-client.js';

const ClientContext = createContext<KetalogClient | null>(null);

/** Supplies the one client the app's hooks talk to (HTTP, or another implementation). */
export function ClientProvider({
  client,
  children,
}: {
  client: KetalogClient;
  children: ReactNode;
}) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): KetalogClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient() needs a <ClientProvider> above it');
  return client;
}
