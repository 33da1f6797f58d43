import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WithdrawalFollowUpInput } from '../../domain/clinic/clinic-api.js';
import { useClient } from '../api/client-context.js';
import { queryKeys } from '../api/query-keys.js';

/** Supervised withdrawal: the clinic's follow-up of one client, and the person's view of it. */
export function useClientFollowUp(clientId: string) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.clientPart(clientId, 'withdrawal-follow-up'),
    queryFn: () => client.clientFollowUp(clientId),
    retry: false,
  });
}

function useFollowUpChange<Input>(clientId: string, change: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        queryKey: queryKeys.clientPart(clientId, 'withdrawal-follow-up'),
      });
      await queryClient.invalidateQueries({ queryKey: queryKeys.caseload, exact: true });
    },
  });
}

export function useStartFollowUp(clientId: string) {
  const client = useClient();
  return useFollowUpChange(clientId, (input: WithdrawalFollowUpInput) =>
    client.startFollowUp(clientId, input),
  );
}

export function useEndFollowUp(clientId: string) {
  const client = useClient();
  return useFollowUpChange(clientId, () => client.endFollowUp(clientId));
}

export function useMyFollowUps(signedIn: boolean) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.myFollowUps,
    queryFn: () => client.myFollowUps(),
    enabled: signedIn,
  });
}
