import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import type { VaultStatus } from '../../domain/device/private-protocol.js';
import { App } from '../App.js';
import { ClientProvider } from '../api/client-context.js';
import { Field } from '../components/Field.js';
import { fieldError, FormError } from '../components/FormError.js';
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
import { privateConnection, type PrivateConnection } from './private-connection.js';
import { workerClient } from './worker-client.js';

/**
 * Which mode this browser uses. Only the choice is kept in localStorage (it tells someone
 * looking that private mode is used here, as the IndexedDB database would anyway).
 */
const modeKey = 'ketalog-mode';
export const privateModeChosen = () => globalThis.localStorage?.getItem(modeKey) === 'private';

/** Switching modes reloads the page, so no answer of the other mode stays in memory. */
export function choosePrivateMode() {
  localStorage.setItem(modeKey, 'private');
  window.location.assign('/');
}
export function leavePrivateMode(to = '/sign-in') {
  localStorage.removeItem(modeKey);
  window.location.assign(to);
}

type PrivateMode = {
  connection: PrivateConnection;
  status: VaultStatus;
  setStatus: (status: VaultStatus) => void;
};
const PrivateModeContext = createContext<PrivateMode | null>(null);

/** Private mode's state, or null in account mode. */
export const usePrivateMode = () => useContext(PrivateModeContext);

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

/** Runs one vault action for a form: busy while it runs, its error, the new status after. */
export function useVaultAction() {
  const mode = usePrivateMode()!;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const run = async (action: () => Promise<VaultStatus | void>) => {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      const status = await action();
      if (status) mode.setStatus(status);
      setDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return { mode, error, busy, done, run };
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

/** Reads a chosen file and restores it with its passphrase. */
export function RestoreBackup() {
  const { mode, error, busy, done, run } = useVaultAction();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('backup');
    const passphrase = String(form.get('backupPassphrase') ?? '');
    void run(async () => {
      const backup =
        file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
      return mode.connection.call<VaultStatus>('vault.restore', {
        body: { backup, passphrase },
      });
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="restore-title">
      <h2 id="restore-title">{t('private.restoreTitle')}</h2>
      <p>{t('private.restoreIntro')}</p>
      <Field
        label={t('private.backupFile')}
        name="backup"
        type="file"
        accept=".ketalog,application/octet-stream"
        error={fieldError(error, 'backup')}
      />
      <PassphraseField
        error={error}
        isNew={false}
        name="backupPassphrase"
        label={t('private.backupPassphrase')}
      />
      <FormError
        error={error}
        fields={{ backup: t('private.backupFile'), passphrase: t('private.backupPassphrase') }}
      />
      <button type="submit" disabled={busy}>
        {t('private.restore')}
      </button>
      {done && <p role="status">{t('private.restored')}</p>}
    </form>
  );
}

/** The "Use on this device only" choice on the sign-in and sign-up pages. */
export function ChoosePrivateMode({ children }: { children?: ReactNode }) {
  return (
    <aside className="private-choice" aria-labelledby="private-choice-title">
      <h2 id="private-choice-title">{t('private.choose')}</h2>
      <p>{t('private.chooseIntro')}</p>
      <button type="button" onClick={choosePrivateMode}>
        {t('private.choose')}
      </button>
      {children}
    </aside>
  );
}
