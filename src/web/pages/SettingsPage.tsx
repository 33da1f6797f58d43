import { useState, type FormEvent } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import { useSetAccount } from '../account.js';
import { api } from '../api/client.js';
import { Field } from '../components/Field.js';
import { fieldError, FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';
import { navigate } from '../router.js';

/** Runs a form's request and keeps its error and success state. */
function useFormAction(action: (form: FormData) => Promise<void>) {
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setDone(false);
    try {
      await action(new FormData(event.currentTarget));
      setDone(true);
    } catch (caught) {
      setError(caught);
    }
  };
  return { error, done, onSubmit: (event: FormEvent<HTMLFormElement>) => void onSubmit(event) };
}

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function SettingsPage({ account }: { account: Account }) {
  const setAccount = useSetAccount();
  const profile = useFormAction(async (form) => {
    const { account: updated } = await api<{ account: Account }>('PATCH', '/api/me', {
      displayName: String(form.get('displayName') ?? '').trim() || null,
      country: String(form.get('country') ?? '').trim() || null,
      timeZone: String(form.get('timeZone') ?? ''),
      weightKg: form.get('weightKg') ? Number(form.get('weightKg')) : null,
    });
    setAccount(updated);
  });
  const password = useFormAction(async (form) => {
    const { account: updated } = await api<{ account: Account }>('POST', '/api/me/password', {
      currentPassword: form.get('currentPassword'),
      newPassword: form.get('newPassword'),
    });
    setAccount(updated);
  });
  const removal = useFormAction(async (form) => {
    await api('DELETE', '/api/me', { password: form.get('password') });
    setAccount(null);
    navigate('/');
  });

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
          maxLength={80}
        />
        <Field
          label={t('settings.country')}
          name="country"
          defaultValue={account.profile.country ?? ''}
          maxLength={2}
          hint="GB, US, IE, CA, AU, NZ, DE…"
          error={fieldError(profile.error, 'country')}
        />
        <Field
          label={t('settings.timeZone')}
          name="timeZone"
          defaultValue={
            account.profile.timeZone === 'UTC' ? browserTimeZone() : account.profile.timeZone
          }
          error={fieldError(profile.error, 'timeZone')}
        />
        <Field
          label={t('settings.weight')}
          hint={t('settings.weightHint')}
          name="weightKg"
          type="number"
          inputMode="decimal"
          min={20}
          max={300}
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
        <Field
          label={t('settings.currentPassword')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
        />
        <Field
          label={t('settings.newPassword')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint={t('account.passwordHint')}
          error={fieldError(password.error, 'newPassword')}
        />
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

      <h2>{t('settings.deleteTitle')}</h2>
      <p>{t('settings.deleteWarning')}</p>
      <form onSubmit={removal.onSubmit} noValidate>
        <Field
          label={t('account.password')}
          name="password"
          type="password"
          autoComplete="current-password"
        />
        <FormError error={removal.error} />
        <button type="submit" className="danger">
          {t('settings.deleteConfirm')}
        </button>
      </form>
    </section>
  );
}
