import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  SessionSummary,
  ZCredentialsSchema,
  ZProfileUpdateSchema,
  ZResetPasswordSchema,
} from '../../domain/accounts/account-api.js';
import type { Account } from '../../domain/accounts/account.js';
import { useClient } from '../api/client-context.js';
import type { ExportFileKind, KetalogClient } from '../api/ketalog-client.js';
import { queryKeys } from '../api/query-keys.js';

type Credentials = z.input<typeof ZCredentialsSchema>;
type ResetPassword = z.input<typeof ZResetPasswordSchema>;
type ProfileUpdate = z.input<typeof ZProfileUpdateSchema>;

/** The signed-in account, or null when signed out. */
export function useAccount() {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.account,
    queryFn: () => client.currentAccount(),
    staleTime: 60_000,
  });
}

export function useSetAccount() {
  const queryClient = useQueryClient();
  return (account: Account | null) => {
    if (account === null) queryClient.clear();
    queryClient.setQueryData(queryKeys.account, account);
  };
}

/** Signing in or up: the answer's account becomes the app's (a new one comes with its codes). */
export function useSignIn(mode: 'sign-in' | 'sign-up') {
  const client = useClient();
  const setAccount = useSetAccount();
  return useMutation({
    mutationFn: (
      credentials: Credentials,
    ): Promise<{ account: Account; recoveryCodes?: string[] }> =>
      mode === 'sign-up' ? client.signUp(credentials) : client.signIn(credentials),
    onSuccess: (answer) => setAccount(answer.account),
  });
}

export function useSignOut() {
  const client = useClient();
  const setAccount = useSetAccount();
  return useMutation({
    mutationFn: () => client.signOut(),
    onSuccess: () => setAccount(null),
  });
}

/** Whether a forgotten password can also be reset by an emailed link (the server can send mail). */
export function useRecoveryOptions() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.recoveryOptions, queryFn: () => client.recoveryOptions() });
}

export function useForgotPassword() {
  const client = useClient();
  return useMutation({ mutationFn: (body: { email: string }) => client.forgotPassword(body) });
}

/** A change whose answer is the account as it is now, which becomes the app's. */
function useAccountChange<Body>(
  send: (client: KetalogClient, body: Body) => Promise<{ account: Account }>,
) {
  const client = useClient();
  const setAccount = useSetAccount();
  return useMutation({
    mutationFn: (body: Body) => send(client, body),
    onSuccess: ({ account }) => setAccount(account),
  });
}

/** A reset that works signs the person in on this device. */
export const useResetPassword = () =>
  useAccountChange((client, body: ResetPassword) => client.resetPassword(body));

export const useUpdateProfile = () =>
  useAccountChange((client, change: ProfileUpdate) => client.updateProfile(change));

export const useChangePassword = () =>
  useAccountChange((client, body: { currentPassword: string; newPassword: string }) =>
    client.changePassword(body),
  );

/** A new set of recovery codes (the old ones stop working); the answer holds them, once. */
export function useNewRecoveryCodes() {
  const client = useClient();
  return useMutation({
    mutationFn: (body: { password: string }) => client.newRecoveryCodes(body),
  });
}

/** Deleting the account signs out: nothing of it stays in the app's cache. */
export function useDeleteAccount() {
  const client = useClient();
  const setAccount = useSetAccount();
  return useMutation({
    mutationFn: (body: { password: string }) => client.deleteAccount(body),
    onSuccess: () => setAccount(null),
  });
}

export function useSessions() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.sessions, queryFn: () => client.listSessions() });
}

/**
 * Ends one session, or all of them ('everywhere'). Ending this device's session signs out
 * here; ending another's refreshes the list.
 */
export function useEndSessions() {
  const client = useClient();
  const queryClient = useQueryClient();
  const setAccount = useSetAccount();
  return useMutation({
    mutationFn: (which: SessionSummary | 'everywhere') =>
      which === 'everywhere' ? client.endAllSessions() : client.endSession(which.id),
    onSuccess: (_answer, which) => {
      if (which === 'everywhere' || which.current) setAccount(null);
      else void queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });
}

/** Imports an export file; afterwards every answer about the person's data may have changed. */
export function useImportFile() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: Record<string, unknown>) => client.importFile(file),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** One file of everything stored about the person (their right of access). */
export function useExportFile() {
  const client = useClient();
  return useMutation({ mutationFn: (kind: ExportFileKind) => client.exportFile(kind) });
}
