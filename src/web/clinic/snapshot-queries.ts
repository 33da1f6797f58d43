import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  SnapshotRequest,
  ZSentSealedShareSchema,
} from '../../domain/clinic/sealed-share-api.js';
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

/**
 * Whether a clinic opened a shared snapshot. Each asks the server, which limits how often an
 * address may: once a visit, and again when the person asks (`useCheckSnapshotsAgain`).
 */
export function useSnapshotStatus(share: z.output<typeof ZSentSealedShareSchema>) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.snapshotStatus(share.id),
    queryFn: () => client.snapshotStatus(share),
    retry: false,
    staleTime: Infinity,
  });
}

export function useCheckSnapshotsAgain() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.snapshotStatuses });
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
