import { createContext, useContext, useState, type FormEvent, type ReactNode } from 'react';
import type { VaultStatus } from '../../domain/device/private-protocol.js';
import { Field } from '../components/Field.js';
import { fieldError, FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';
import { PassphraseField } from '../lock/lock-screen.js';
import type { PrivateConnection } from './private-connection.js';

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
export const PrivateModeContext = createContext<PrivateMode | null>(null);

/** Private mode's state, or null in account mode. */
export const usePrivateMode = () => useContext(PrivateModeContext);

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
