import { useEffect, useState, type FormEvent } from 'react';
import { defaultIdleMinutes, idleMinuteChoices } from '../../domain/device/private-protocol.js';
import { FormError } from '../components/FormError.js';
import { SelectField } from '../components/SelectField.js';
import { t, tPlural } from '../i18n/t.js';
import {
  lockDevice,
  onDeviceLockChange,
  readDeviceLock,
  turnOffDeviceLock,
  turnOnDeviceLock,
} from './device-lock.js';
import { PassphraseField } from './lock-screen.js';

/** Settings: turn the account-mode device lock on (PIN, idle time) or off, or lock now. */
export function DeviceLockSettings() {
  const [lock, setLock] = useState(readDeviceLock);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => onDeviceLockChange(() => setLock(readDeviceLock())), []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    turnOnDeviceLock(String(form.get('passphrase') ?? ''), Number(form.get('idleMinutes')))
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="device-lock-title">
      <h2 id="device-lock-title">{t('lock.settingsTitle')}</h2>
      <p>{t('lock.settingsIntro')}</p>
      <p>{t('lock.limits')}</p>
      {lock ? (
        <>
          <p role="status">
            {t('lock.isOn', { time: tPlural('private.minutes', lock.idleMinutes) })}
          </p>
          <button type="button" onClick={lockDevice}>
            {t('lock.lockNow')}
          </button>{' '}
          <button type="button" onClick={turnOffDeviceLock}>
            {t('lock.turnOff')}
          </button>
        </>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <PassphraseField error={error} isNew label={t('lock.pin')} hint={t('lock.pinHint')} />
          <SelectField
            label={t('private.lockAfter')}
            name="idleMinutes"
            defaultValue={String(defaultIdleMinutes)}
            options={idleMinuteChoices.map((minutes) => ({
              value: String(minutes),
              label: tPlural('private.minutes', minutes),
            }))}
          />
          <FormError error={error} fields={{ passphrase: t('lock.pin') }} />
          <button type="submit" disabled={busy}>
            {t('lock.turnOn')}
          </button>
        </form>
      )}
    </section>
  );
}
