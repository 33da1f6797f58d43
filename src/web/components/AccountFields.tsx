import { t } from '../i18n/t.js';
import { Field } from './Field.js';
import { fieldError } from './FormError.js';

/** The email, current-password and new-password fields, alike on every account form. */
export function EmailField({ error }: { error: unknown }) {
  return (
    <Field
      label={t('account.email')}
      name="email"
      type="email"
      autoComplete="email"
      required
      error={fieldError(error, 'email')}
    />
  );
}

type PasswordFieldProps = { error: unknown; name?: string; label?: string };

/** A password field: the one a person has now, or a new one (with the length hint). */
function PasswordField({
  error,
  name,
  label,
  isNew,
}: Required<Omit<PasswordFieldProps, 'error'>> & { error: unknown; isNew: boolean }) {
  return (
    <Field
      label={label}
      name={name}
      type="password"
      autoComplete={isNew ? 'new-password' : 'current-password'}
      required
      hint={isNew ? t('account.passwordHint') : undefined}
      error={fieldError(error, isNew ? name : 'password')}
    />
  );
}

export function CurrentPasswordField({
  error,
  name = 'password',
  label = t('account.password'),
}: PasswordFieldProps) {
  return <PasswordField error={error} name={name} label={label} isNew={false} />;
}

export function NewPasswordField({
  error,
  name = 'newPassword',
  label = t('settings.newPassword'),
}: PasswordFieldProps) {
  return <PasswordField error={error} name={name} label={label} isNew />;
}
