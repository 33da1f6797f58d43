import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SnapshotRequest } from '../../domain/clinic/sealed-share-api.js';
import { useClient } from '../api/client-context.js';
import { queryKeys } from '../api/query-keys.js';

/** Sharing a sealed snapshot from private mode, and a clinician opening one. */

export function useSharedSnapshots() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.sharedSnapshots, queryFn: () => client.sharedSnapshots() });
}

export function useShareSnapshot() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SnapshotRequest) => client.shareSnapshot(request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sharedSnapshots }),
  });
}

export function useWithdrawSnapshot() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.withdrawSnapshot(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sharedSnapshots }),
  });
}

export function useOpenedSnapshot(id: string, key: string) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.openedSnapshot(id, key),
    queryFn: () => client.openSnapshot(id, key),
    enabled: key !== '',
    retry: false,
    // A snapshot never changes: no need to fetch it again while the page is open.
    staleTime: Infinity,
  });
}
