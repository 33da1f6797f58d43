import { useState } from 'react';
import { ZProfileUpdateSchema } from '../../domain/accounts/account-api.js';
import type { Account } from '../../domain/accounts/account.js';
import {
  useChangePassword,
  useDeleteAccount,
  useUpdateProfile,
} from '../account/account-queries.js';
import { CurrentPasswordField, NewPasswordField } from '../components/AccountFields.js';
import { CountryPicker } from '../components/CountryPicker.js';
import { Field } from '../components/Field.js';
import { fieldError, FormError } from '../components/FormError.js';
import { TimeZonePicker } from '../components/TimeZonePicker.js';
import { fieldText, useFormAction } from '../components/use-form-action.js';
import { deviceTimeZone } from '../log/zoned-time.js';
import { t } from '../i18n/t.js';
import { navigate } from '../router.js';
import { SettingsRecoveryCodes } from './SettingsRecoveryCodes.js';
import { SettingsSessions } from './SettingsSessions.js';
import { DeviceLockSettings } from '../lock/DeviceLockSettings.js';
import { inputLimits } from '../components/input-limits.js';

export function SettingsPage({ account }: { account: Account }) {
  const [country, setCountry] = useState(account.profile.country ?? '');
  // A new account starts on UTC: offer the device's zone instead.
  const [timeZone, setTimeZone] = useState(
    account.profile.timeZone === 'UTC' ? deviceTimeZone() : account.profile.timeZone,
  );
  const profile = useFormAction(useUpdateProfile(), (form) => ({
    displayName: fieldText(form, 'displayName').trim() || null,
    country: fieldText(form, 'country').trim() || null,
    timeZone: fieldText(form, 'timeZone'),
    weightKg: form.get('weightKg') ? Number(form.get('weightKg')) : null,
  }));
  const password = useFormAction(useChangePassword(), (form) => ({
    currentPassword: fieldText(form, 'currentPassword'),
    newPassword: fieldText(form, 'newPassword'),
  }));
  const removal = useFormAction(
    useDeleteAccount(),
    (form) => ({ password: fieldText(form, 'password') }),
    () => navigate('/'),
  );

  return (
    <section className="narrow">
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
      <p>{t('account.signedInAs', { email: account.email })}</p>

      <h2>{t('settings.profile')}</h2>
      <form onSubmit={profile.onSubmit} noValidate>
        <Field
          label={t('settings.displayName')}
          name="displayName"
          defaultValue={account.profile.displayName ?? ''}
          {...inputLimits(ZProfileUpdateSchema.shape.displayName)}
        />
        <CountryPicker
          value={country}
          onChange={setCountry}
          error={fieldError(profile.error, 'country')}
        />
        <TimeZonePicker
          value={timeZone}
          onChange={setTimeZone}
          error={fieldError(profile.error, 'timeZone')}
        />
        <Field
          label={t('settings.weight')}
          hint={t('settings.weightHint')}
          name="weightKg"
          type="number"
          inputMode="decimal"
          {...inputLimits(ZProfileUpdateSchema.shape.weightKg)}
          defaultValue={account.profile.weightKg ?? ''}
          error={fieldError(profile.error, 'weightKg')}
        />
        <FormError
          error={profile.error}
          fields={{
            displayName: t('settings.displayName'),
            country: t('settings.country'),
            timeZone: t('settings.timeZone'),
            weightKg: t('settings.weight'),
          }}
        />
        {profile.done && <p role="status">{t('settings.saved')}</p>}
        <button type="submit" className="primary">
          {t('settings.save')}
        </button>
      </form>

      <h2>{t('settings.changePassword')}</h2>
      <form onSubmit={password.onSubmit} noValidate>
        <CurrentPasswordField
          error={password.error}
          name="currentPassword"
          label={t('settings.currentPassword')}
        />
        <NewPasswordField error={password.error} />
        <FormError
          error={password.error}
          fields={{
            currentPassword: t('settings.currentPassword'),
            newPassword: t('settings.newPassword'),
          }}
        />
        {password.done && <p role="status">{t('settings.passwordChanged')}</p>}
        <button type="submit">{t('settings.changePassword')}</button>
      </form>

      <SettingsRecoveryCodes />
      <SettingsSessions />
      <DeviceLockSettings />

      <h2>{t('settings.deleteTitle')}</h2>
      <p>{t('settings.deleteWarning')}</p>
      <form onSubmit={removal.onSubmit} noValidate>
        <CurrentPasswordField error={removal.error} />
        <FormError error={removal.error} />
        <button type="submit" className="danger">
          {t('settings.deleteConfirm')}
        </button>
      </form>
    </section>
  );
}
