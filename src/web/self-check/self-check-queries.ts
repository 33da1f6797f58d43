import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Sex } from '../../domain/questionnaires/index.js';
import { useClient } from '../api/client-context.js';
import { queryKeys } from '../api/query-keys.js';
import { useIdempotencyKey } from '../api/use-idempotency-key.js';

/** The hooks of the self-checks; the questionnaires themselves never change while the app runs. */

export function useQuestionnaires() {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.questionnaires,
    queryFn: () => client.listQuestionnaires(),
    staleTime: Infinity,
  });
}

export function useQuestionnaire(id: string) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.questionnaire(id),
    queryFn: async () => (await client.questionnaire(id)).questionnaire,
    staleTime: Infinity,
  });
}

/** A signed-in person's earlier answers to one questionnaire, oldest first. */
export function useResponses(questionnaireId: string) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.responses(questionnaireId),
    queryFn: async () => (await client.listResponses(questionnaireId)).responses,
  });
}

/**
 * Scores and stores a signed-in person's answers, once however often the same answers are
 * resent; the history and the risk flags (a self-check can raise one) are refreshed.
 */
export function useSubmitResponse(questionnaireId: string) {
  const client = useClient();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: async (body: { answers: (number | null)[]; context?: { sex: Sex } }) =>
      (
        await client.submitResponse(questionnaireId, body, {
          idempotencyKey: idempotency.keyFor(body),
        })
      ).response,
    onSuccess: async () => {
      idempotency.forget();
      await queryClient.invalidateQueries({ queryKey: queryKeys.responses(questionnaireId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.risk });
    },
  });
}
