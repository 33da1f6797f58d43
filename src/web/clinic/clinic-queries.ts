import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ShareCodeInput } from '../../domain/clinic/clinic-api.js';
import { ApiError } from '../api/client.js';
import { useClient } from '../api/client-context.js';
import type {
  PrescriptionInput,
  TreatmentSessionInput,
} from '../../domain/treatment/treatment-api.js';
import { queryKeys, type ClientPart } from '../api/query-keys.js';

/** The person's sharing: grants, who looked, and the notes clinics wrote. */
export function useGrants() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.grants, queryFn: () => client.listGrants() });
}

/** Whether the person shares with a clinic now (the "not watched in real time" notice). */
export function useSharesWithClinic(signedIn: boolean): boolean {
  const client = useClient();
  const grants = useQuery({
    queryKey: queryKeys.grants,
    queryFn: () => client.listGrants(),
    enabled: signedIn,
  });
  return (grants.data?.grants ?? []).some(
    (grant) => grant.active && grant.recipient.kind === 'clinic',
  );
}

export function useAccessLog() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.accessLog, queryFn: () => client.accessLog() });
}

export function useNotesAboutMe() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.notesAboutMe, queryFn: () => client.notesAboutMe() });
}

export function useCreateShareCode() {
  const client = useClient();
  return useMutation({ mutationFn: (input: ShareCodeInput) => client.createShareCode(input) });
}

export function useRevokeGrant() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.revokeGrant(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.grants }),
  });
}

export function useSupporting() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.supporting, queryFn: () => client.supporting() });
}

export function useRedeemSupporterCode() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => client.redeemSupporterCode(code),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.supporting }),
  });
}

/** The clinic of the signed-in clinician; `notMember` when they have not joined one. */
export function useClinic() {
  const client = useClient();
  const clinic = useQuery({
    queryKey: queryKeys.clinic,
    queryFn: () => client.clinic(),
    retry: false,
  });
  const notMember = clinic.error instanceof ApiError && clinic.error.code === 'not_clinic_member';
  return { ...clinic, notMember };
}

export function useJoinClinic() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => client.joinClinic(code),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.clinic }),
  });
}

export function useCaseload(enabled: boolean) {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.caseload, queryFn: () => client.caseload(), enabled });
}

export function useAddClient() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => client.addClient(code),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.caseload }),
  });
}

/** One part of a client's data; a part the client did not share answers `notShared`. */
function useClientPart<T>(clientId: string, part: ClientPart, load: () => Promise<T>) {
  const query = useQuery({
    queryKey: queryKeys.clientPart(clientId, part),
    queryFn: load,
    retry: false,
  });
  const notShared = query.error instanceof ApiError && query.error.code === 'scope_not_granted';
  return { ...query, notShared };
}

export function useClientRisk(clientId: string) {
  const client = useClient();
  return useClientPart(clientId, 'risk', () => client.clientRisk(clientId));
}

export function useClientDoses(clientId: string) {
  const client = useClient();
  return useClientPart(clientId, 'doses', () => client.clientDoses(clientId));
}

export function useClientCheckIns(clientId: string) {
  const client = useClient();
  return useClientPart(clientId, 'check-ins', () => client.clientCheckIns(clientId));
}

export function useClientNotes(clientId: string) {
  const client = useClient();
  return useClientPart(clientId, 'notes', () => client.clientNotes(clientId));
}

export function useWriteClientNote(clientId: string) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => client.writeClientNote(clientId, body),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.clientPart(clientId, 'notes') }),
  });
}

export function useClientSessions(clientId: string) {
  const client = useClient();
  return useClientPart(clientId, 'sessions', () => client.clientSessions(clientId));
}

/** After a session is saved: its list, the clinic's REMS list and the client's doses change. */
function useSessionSaved(clientId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        queryKeys.clientPart(clientId, 'sessions'),
        queryKeys.clientPart(clientId, 'doses'),
        queryKeys.remsDue,
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

/** Records a new session (`id` null) or changes one: its record, or that its REMS form went. */
export function useSaveSession(clientId: string, id: string | null) {
  const client = useClient();
  const onSuccess = useSessionSaved(clientId);
  return useMutation({
    mutationFn: (session: TreatmentSessionInput) =>
      id ? client.changeSession(id, { session }) : client.recordSession(clientId, session),
    onSuccess,
  });
}

export function useMarkRemsSent(clientId: string) {
  const client = useClient();
  const onSuccess = useSessionSaved(clientId);
  return useMutation({
    mutationFn: (id: string) =>
      client.changeSession(id, { remsSubmittedAt: new Date().toISOString() }),
    onSuccess,
  });
}

export function useRemsDue() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.remsDue, queryFn: () => client.remsDue() });
}

export function useClientPrescriptions(clientId: string) {
  const client = useClient();
  return useClientPart(clientId, 'prescription', () => client.clientPrescriptions(clientId));
}

export function useSetClientPrescription(clientId: string) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (prescription: PrescriptionInput) =>
      client.setClientPrescription(clientId, prescription),
    onSuccess: (answer) =>
      queryClient.setQueryData(queryKeys.clientPart(clientId, 'prescription'), answer),
  });
}

export function useOutcomes() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.outcomes, queryFn: () => client.outcomes() });
}
