import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckInInput, CravingInput, DoseInput, PlanInput } from '../../domain/log/log-api.js';
import type { Route } from '../../domain/log/vocabulary.js';
import type { LevelsQuery } from '../../domain/pk/pk-api.js';
import { useClient } from '../api/client-context.js';
import { queryKeys } from '../api/query-keys.js';
import { useIdempotencyKey } from '../api/use-idempotency-key.js';

/** The hooks of the log: doses, check-ins, the plan, cravings, risk flags and levels. */

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

/** Doses from an instant on (all of them without one), newest first, a page at a time. */
export function useDosesFrom(from: string | undefined, pageSize: number) {
  const client = useClient();
  return useInfiniteQuery({
    queryKey: queryKeys.dosesFrom(from),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      client.listDoses({ limit: pageSize, from, ...(pageParam ? { before: pageParam } : {}) }),
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** Check-ins from a local date on (all of them without one). */
export function useCheckInsFrom(fromDate: string | null) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.checkInsFrom(fromDate),
    queryFn: async () => (await client.listCheckIns(fromDate ? { from: fromDate } : {})).checkIns,
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

/**
 * Saves a new dose (with one Idempotency-Key per distinct form, see useIdempotencyKey) or,
 * given its id, changes a logged one; the log is refreshed before the save counts as done.
 */
export function useSaveDose(doseId: string | undefined) {
  const client = useClient();
  const refreshLog = useRefreshLog();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: async (dose: DoseInput) =>
      (doseId
        ? await client.updateDose(doseId, dose)
        : await client.createDose(dose, { idempotencyKey: idempotency.keyFor(dose) })
      ).dose,
    onSuccess: async () => {
      idempotency.forget();
      await refreshLog();
    },
  });
}

/** Creates or replaces the check-in of its date; the log is refreshed before it counts as done. */
export function useSaveCheckIn() {
  const client = useClient();
  const refreshLog = useRefreshLog();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: async (checkIn: CheckInInput) =>
      (await client.saveCheckIn(checkIn, { idempotencyKey: idempotency.keyFor(checkIn) })).checkIn,
    onSuccess: async () => {
      idempotency.forget();
      await refreshLog();
    },
  });
}

/** Which entry of the log to delete: a dose by id, or the check-in of a date. */
export type LogEntry = { kind: 'dose'; id: string } | { kind: 'check-in'; date: string };

export function useDeleteLogEntry(entry: LogEntry) {
  const client = useClient();
  const refreshLog = useRefreshLog();
  return useMutation({
    mutationFn: () =>
      entry.kind === 'dose' ? client.deleteDose(entry.id) : client.deleteCheckIn(entry.date),
    onSuccess: refreshLog,
  });
}

/** Saves the plan; its answer is the plan page's new state, and risk flags follow the goal. */
export function useSavePlan() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (plan: PlanInput) => client.savePlan(plan),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.plan, saved);
      await queryClient.invalidateQueries({ queryKey: queryKeys.risk });
    },
  });
}

export function useLogCraving() {
  const client = useClient();
  return useMutation({ mutationFn: (craving: CravingInput) => client.logCraving(craving) });
}

/** A what-if redose: how much, how, and in how many minutes from now. */
export type WhatIf = { mg: number; route: Route; inMin: number };

const levelsQueryOf = (whatIf: WhatIf): LevelsQuery => ({
  whatIfMg: whatIf.mg,
  whatIfRoute: whatIf.route,
  whatIfInMin: whatIf.inMin,
});

/** The person's levels now, refreshed every five minutes as time moves on. */
export function useLevels(accountId: string) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.levels(accountId),
    queryFn: () => client.levels(),
    refetchInterval: 5 * 60_000,
  });
}

/** The same with a what-if redose; idle until one is given. */
export function useLevelsWhatIf(accountId: string, whatIf: WhatIf | null) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.levelsWhatIf(accountId, whatIf && levelsQueryOf(whatIf)),
    queryFn: () => client.levels(whatIf ? levelsQueryOf(whatIf) : undefined),
    enabled: whatIf !== null,
  });
}
