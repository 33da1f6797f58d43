import { useState } from 'react';
import { api } from '../api/client.js';
import { CurrentPasswordField } from '../components/AccountFields.js';
import { FormError } from '../components/FormError.js';
import { RecoveryCodes } from '../components/RecoveryCodes.js';
import { useFormAction } from '../components/use-form-action.js';
import { t } from '../i18n/t.js';

/** Makes a new set of recovery codes (after the password) and shows them once. */
export function SettingsRecoveryCodes() {
  const [codes, setCodes] = useState<string[] | null>(null);
  const renew = useFormAction(async (form) => {
    const answer = await api<{ recoveryCodes: string[] }>('POST', '/api/me/recovery-codes', {
      password: form.get('password'),
    });
    setCodes(answer.recoveryCodes);
  });
  return (
    <>
      <h2>{t('recovery.settingsTitle')}</h2>
      {codes ? (
        <RecoveryCodes codes={codes} />
      ) : (
        <form onSubmit={renew.onSubmit} noValidate>
          <p>{t('recovery.settingsIntro')}</p>
          <CurrentPasswordField error={renew.error} />
          <FormError error={renew.error} />
          <button type="submit" disabled={renew.busy}>
            {t('recovery.make')}
          </button>
        </form>
      )}
    </>
  );
}
