import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PrescriptionInput } from '../../domain/treatment/treatment-api.js';
import { useClient } from '../api/client-context.js';
import { queryKeys } from '../api/query-keys.js';

/** The hooks of the person's own treatment: sessions, prescriptions, their clinics' plans. */

export function useMyTreatmentSessions() {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.myTreatmentSessions,
    queryFn: () => client.myTreatmentSessions(),
  });
}

export function useMyPrescriptions() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.myPrescriptions, queryFn: () => client.myPrescriptions() });
}

export function useSaveMyPrescription() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PrescriptionInput) => client.saveMyPrescription(input),
    onSuccess: (answer) => queryClient.setQueryData(queryKeys.myPrescriptions, answer),
  });
}

export function useMyTreatmentSchedule() {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.myTreatmentSchedule,
    queryFn: () => client.myTreatmentSchedule(),
  });
}
