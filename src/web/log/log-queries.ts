import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckIn, Dose } from '../../domain/log/log-api.js';
import type { RiskResult } from '../../domain/risk/types.js';
import type { PlanWithProgress } from '../../domain/recovery/recovery-api.js';
import { api } from '../api/client.js';

/** Query keys of the log: one place, so a save can refresh everything it affects. */
export const logKeys = {
  doses: ['doses'],
  lastDose: ['doses', 'last'],
  checkIns: ['check-ins'],
  checkIn: (date: string) => ['check-ins', date],
  risk: ['risk'],
  plan: ['plan'],
} as const;

export function useRisk() {
  return useQuery({ queryKey: logKeys.risk, queryFn: () => api<RiskResult>('GET', '/api/risk') });
}

export function usePlan() {
  return useQuery({
    queryKey: logKeys.plan,
    queryFn: () => api<PlanWithProgress>('GET', '/api/plan'),
  });
}

export function useLastDose() {
  return useQuery({
    queryKey: logKeys.lastDose,
    queryFn: async () =>
      (await api<{ doses: Dose[] }>('GET', '/api/doses?limit=1')).doses[0] ?? null,
  });
}

/** The check-in of one local date, or null when there is none yet (a list, so no 404). */
export function useCheckIn(date: string) {
  return useQuery({
    queryKey: logKeys.checkIn(date),
    queryFn: async () =>
      (await api<{ checkIns: CheckIn[] }>('GET', `/api/check-ins?from=${date}&to=${date}`))
        .checkIns[0] ?? null,
  });
}

/** After any change to the log: flags, streaks and history are all derived from it. */
export function useRefreshLog() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [logKeys.doses, logKeys.checkIns, logKeys.risk, logKeys.plan].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}
