import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useClient } from '../api/client-context.js';
import { queryKeys } from '../api/query-keys.js';

export function useRisk() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.risk, queryFn: () => client.risk() });
}

export function usePlan() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.plan, queryFn: () => client.plan() });
}

export function useLastDose() {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.lastDose,
    queryFn: async () => (await client.listDoses({ limit: 1 })).doses[0] ?? null,
  });
}

/** The check-in of one local date, or null when there is none yet (a list, so no 404). */
export function useCheckIn(date: string) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.checkIn(date),
    queryFn: async () => (await client.listCheckIns({ from: date, to: date })).checkIns[0] ?? null,
  });
}

/** After any change to the log: flags, streaks and history are all derived from it. */
export function useRefreshLog() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [queryKeys.doses, queryKeys.checkIns, queryKeys.risk, queryKeys.plan].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}
