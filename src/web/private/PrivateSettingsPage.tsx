import { useEffect, useState, type FormEvent } from 'react';
import { idleMinuteChoices } from '../../domain/device/private-protocol.js';
import { Field } from '../components/Field.js';
import { fieldError, FormError } from '../components/FormError.js';
import { SelectField } from '../components/SelectField.js';
import { t, tPlural } from '../i18n/t.js';
import { MoveToAccount } from './MoveToAccount.js';
import { leavePrivateMode, RestoreBackup, useVaultAction } from './private-mode.js';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Private mode's own settings: lock time, backups, passphrase, storage, leaving. */
export function PrivateSettingsPage() {
  return (
    <section>
      <h1 tabIndex={-1}>{t('private.settingsTitle')}</h1>
      <p>{t('private.summary')}</p>
      <LockTime />
      <Backup />
      <RestoreBackup />
      <ChangePassphrase />
      <StorageUse />
      <MoveToAccount />
      <p>
        <button type="button" onClick={() => leavePrivateMode()}>
          {t('private.leave')}
        </button>
      </p>
      <Forget />
    </section>
  );
}

function LockTime() {
  const { mode, error, busy, done, run } = useVaultAction();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const idleMinutes = Number(new FormData(event.currentTarget).get('idleMinutes'));
    void run(() => mode.connection.call('vault.setIdleMinutes', { body: { idleMinutes } }));
  };
  return (
    <form onSubmit={onSubmit} aria-labelledby="lock-time-title">
      <h2 id="lock-time-title">{t('private.lockAfter')}</h2>
      <SelectField
        label={t('private.lockAfter')}
        name="idleMinutes"
        defaultValue={String(mode.status.idleMinutes)}
        options={idleMinuteChoices.map((minutes) => ({
          value: String(minutes),
          label: tPlural('private.minutes', minutes),
        }))}
      />
      <FormError error={error} />
      <button type="submit" disabled={busy}>
        {t('private.saveLockTime')}
      </button>
      {done && <p role="status">{t('private.lockTimeSaved')}</p>}
    </form>
  );
}

/** Offers the sealed bytes as a file to save (they are sealed already; nothing to add). */
function Backup() {
  const { mode, error, busy, run } = useVaultAction();
  const download = () =>
    run(async () => {
      const sealed = await mode.connection.call<Uint8Array<ArrayBuffer>>('vault.backup');
      const url = URL.createObjectURL(new Blob([sealed], { type: 'application/octet-stream' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `ketalog-private-${new Date().toISOString().slice(0, 10)}.ketalog`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  return (
    <div>
      <h2>{t('private.backupTitle')}</h2>
      <p>{t('private.backupIntro')}</p>
      <FormError error={error} />
      <button type="button" onClick={() => void download()} disabled={busy}>
        {t('private.downloadBackup')}
      </button>
    </div>
  );
}

function ChangePassphrase() {
  const { mode, error, busy, done, run } = useVaultAction();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { current: form.get('current'), passphrase: form.get('passphrase') };
    void run(() => mode.connection.call('vault.changePassphrase', { body }));
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="change-passphrase-title">
      <h2 id="change-passphrase-title">{t('private.changeTitle')}</h2>
      <Field
        label={t('private.currentPassphrase')}
        name="current"
        type="password"
        autoComplete="current-password"
        required
      />
      <Field
        label={t('private.newPassphrase')}
        name="passphrase"
        type="password"
        autoComplete="new-password"
        required
        hint={t('private.passphraseHint')}
        error={fieldError(error, 'passphrase')}
      />
      <FormError error={error} fields={{ passphrase: t('private.newPassphrase') }} />
      <button type="submit" disabled={busy}>
        {t('private.change')}
      </button>
      {done && <p role="status">{t('private.changed')}</p>}
    </form>
  );
}

/** How much this site stores, and whether the browser promised to keep it. */
function StorageUse() {
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    const storage = navigator.storage;
    if (!storage) return;
    void storage.estimate().then(({ usage = 0, quota = 0 }) => setEstimate({ usage, quota }));
    // Asking is enough: the browser decides (installed apps and bookmarked sites get it).
    void storage.persist().then(setPersisted, () => setPersisted(false));
  }, []);
  return (
    <div>
      <h2>{t('private.storageTitle')}</h2>
      {estimate && (
        <p>
          {t('private.storageUsed', {
            used: megabytes(estimate.usage),
            quota: megabytes(estimate.quota),
          })}
        </p>
      )}
      {persisted !== null && (
        <p role={persisted ? undefined : 'alert'}>
          {t(persisted ? 'private.storagePersisted' : 'private.storageMayEvict')}
        </p>
      )}
    </div>
  );
}

function Forget() {
  const { mode, error, busy, run } = useVaultAction();
  const [confirmation, setConfirmation] = useState('');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      await mode.connection.call('vault.forget');
      leavePrivateMode();
    });
  };
  return (
    <form onSubmit={onSubmit} aria-labelledby="forget-title">
      <h2 id="forget-title">{t('private.forgetTitle')}</h2>
      <p>{t('private.forgetIntro')}</p>
      <Field
        label={t('private.forgetConfirm')}
        name="confirm"
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
      />
      <FormError error={error} />
      <button type="submit" className="danger" disabled={busy || confirmation !== 'DELETE'}>
        {t('private.forget')}
      </button>
    </form>
  );
}
