import { useNewRecoveryCodes } from '../account/account-queries.js';
import { CurrentPasswordField } from '../components/AccountFields.js';
import { FormError } from '../components/FormError.js';
import { RecoveryCodes } from '../components/RecoveryCodes.js';
import { fieldText, useFormAction } from '../components/use-form-action.js';
import { t } from '../i18n/t.js';

/** Makes a new set of recovery codes (after the password) and shows them once. */
export function SettingsRecoveryCodes() {
  const newCodes = useNewRecoveryCodes();
  const renew = useFormAction(newCodes, (form) => ({ password: fieldText(form, 'password') }));
  const codes = newCodes.data?.recoveryCodes ?? null;
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
