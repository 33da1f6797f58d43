import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PreparationRule } from '../../domain/treatment/preparation-check.js';
import type { ScheduleEntry } from '../../domain/treatment/treatment-schedule-api.js';
import { useClient } from '../api/client-context.js';
import { queryKeys } from '../api/query-keys.js';

/** A client's next session (with the preparation check when the log is shared) and schedules. */

export function useClientNextSession(clientId: string) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.clientPlanning(clientId, 'next-session'),
    queryFn: () => client.clientNextSession(clientId),
    retry: false,
  });
}

export function usePlanClientSession(clientId: string) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (startsAt: string | null) => client.planClientSession(clientId, startsAt),
    onSuccess: (answer) =>
      queryClient.setQueryData(queryKeys.clientPlanning(clientId, 'next-session'), answer),
  });
}

export function useClientQuestionnaireSchedule(clientId: string) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.clientPlanning(clientId, 'questionnaire-schedule'),
    queryFn: () => client.clientQuestionnaireSchedule(clientId),
    retry: false,
  });
}

export function useScheduleClientQuestionnaire(clientId: string) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      questionnaireId: ScheduleEntry['questionnaireId'];
      everyDays: number | null;
    }) => client.scheduleClientQuestionnaire(clientId, input),
    onSuccess: (answer) =>
      queryClient.setQueryData(
        queryKeys.clientPlanning(clientId, 'questionnaire-schedule'),
        answer,
      ),
  });
}

/** The clinic's preparation rules (its own, or the default until it sets them). */
export function usePreparationRules() {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.preparationRules,
    queryFn: () => client.preparationRules(),
  });
}

export function useSavePreparationRules() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: PreparationRule[]) => client.savePreparationRules({ rules }),
    onSuccess: (answer) => queryClient.setQueryData(queryKeys.preparationRules, answer),
  });
}
