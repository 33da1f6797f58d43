import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Account } from '../domain/accounts/account.js';
import { useClient } from './api/client-context.js';
import { queryKeys } from './api/query-keys.js';

/** The signed-in account, or null when signed out. */
export function useAccount() {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.account,
    queryFn: () => client.currentAccount(),
    staleTime: 60_000,
  });
}

export function useSetAccount() {
  const queryClient = useQueryClient();
  return (account: Account | null) => {
    if (account === null) queryClient.clear();
    queryClient.setQueryData(queryKeys.account, account);
  };
}
