import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Account } from '../domain/accounts/account.js';
import { api, ApiError } from './api/client.js';

export const accountQueryKey = ['account'] as const;

/** The signed-in account, or null when signed out. */
export function useAccount() {
  return useQuery({
    queryKey: accountQueryKey,
    queryFn: async () => {
      try {
        return (await api<{ account: Account }>('GET', '/api/me')).account;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSetAccount() {
  const queryClient = useQueryClient();
  return (account: Account | null) => {
    if (account === null) queryClient.clear();
    queryClient.setQueryData(accountQueryKey, account);
  };
}
