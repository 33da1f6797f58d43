import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../domain/device/private-protocol.js';
import { App } from '../App.js';
import { ClientProvider } from '../api/client-context.js';
import { FormError } from '../components/FormError.js';
import { Layout } from '../components/Layout.js';
import { t } from '../i18n/t.js';
import { usePath } from '../router.js';
import {
  LockScreen,
  lockedClient,
  openWhileLocked,
  PassphraseField,
  useActivity,
} from '../lock/lock-screen.js';
import { privateConnection } from './private-connection.js';
import {
  leavePrivateMode,
  PrivateModeContext,
  RestoreBackup,
  usePrivateMode,
  useVaultAction,
} from './private-mode.js';
import { workerClient } from './worker-client.js';

/** The app in private mode: set up, unlock, then the same app over the worker. */
export function PrivateModeApp() {
  const connection = useMemo(() => privateConnection(), []);
  const client = useMemo(() => workerClient(connection), [connection]);
  const queryClient = useQueryClient();
  const path = usePath();
  const [status, setShownStatus] = useState<VaultStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const shownState = useRef<VaultStatus['state'] | null>(null);
  // Answers read while locked (no one signed in) or unlocked (the person's data) are
  // dropped whenever the state changes, before the pages of the new state render.
  const setStatus = useCallback(
    (next: VaultStatus) => {
      if (next.state !== shownState.current) queryClient.clear();
      shownState.current = next.state;
      setShownStatus(next);
    },
    [queryClient],
  );

  useEffect(() => {
    const refresh = () => connection.call<VaultStatus>('vault.status').then(setStatus, setError);
    void refresh();
    return connection.onEvent(() => void refresh());
  }, [connection, setStatus]);

  // Use in this tab keeps private mode open; the worker locks it after the idle time.
  const touch = useCallback(
    () => void connection.call('vault.touch').catch(() => undefined),
    [connection],
  );
  useActivity(status?.state === 'unlocked', touch);

  if (!status) {
    return (
      <ClientProvider client={lockedClient}>
        <Layout>{error ? <FormError error={error} /> : <p>{t('common.loading')}</p>}</Layout>
      </ClientProvider>
    );
  }
  const mode = { connection, status, setStatus };
  if (status.state === 'unlocked') {
    return (
      <PrivateModeContext.Provider value={mode}>
        <ClientProvider client={client}>
          <App />
        </ClientProvider>
      </PrivateModeContext.Provider>
    );
  }
  return (
    <PrivateModeContext.Provider value={mode}>
      <ClientProvider client={lockedClient}>
        {openWhileLocked(path) ? (
          <App />
        ) : (
          <Layout>{status.state === 'absent' ? <PrivateSetUp /> : <PrivateUnlock />}</Layout>
        )}
      </ClientProvider>
    </PrivateModeContext.Provider>
  );
}

const formText = (event: FormEvent<HTMLFormElement>, name: string) =>
  String(new FormData(event.currentTarget).get(name) ?? '');

function PrivateSetUp() {
  const { mode, error, busy, run } = useVaultAction();
  const [restoring, setRestoring] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const passphrase = formText(event, 'passphrase');
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    void run(() => mode.connection.call('vault.create', { body: { passphrase, timeZone } }));
  };
  return (
    <section className="narrow">
      <h1 tabIndex={-1}>{t('private.setUpTitle')}</h1>
      <p>{t('private.setUpIntro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <PassphraseField error={error} isNew />
        <FormError error={error} fields={{ passphrase: t('private.passphrase') }} />
        <button type="submit" className="primary" disabled={busy}>
          {t('private.start')}
        </button>
        {busy && <p role="status">{t('private.starting')}</p>}
      </form>
      {restoring ? (
        <RestoreBackup />
      ) : (
        <p>
          <button type="button" className="link-button" onClick={() => setRestoring(true)}>
            {t('private.restoreInstead')}
          </button>
        </p>
      )}
      <LeaveButton />
    </section>
  );
}

function PrivateUnlock() {
  const mode = usePrivateMode()!;
  return (
    <LockScreen
      title={t('private.unlockTitle')}
      intro={t('private.unlockIntro')}
      unlock={async (passphrase) =>
        mode.setStatus(
          await mode.connection.call<VaultStatus>('vault.unlock', { body: { passphrase } }),
        )
      }
    >
      <LeaveButton />
    </LockScreen>
  );
}

function LeaveButton() {
  return (
    <p>
      <button type="button" className="link-button" onClick={() => leavePrivateMode()}>
        {t('private.useAccountInstead')}
      </button>
    </p>
  );
}
