import {
  useForgotPassword,
  useRecoveryOptions,
  useResetPassword,
} from '../account/account-queries.js';
import { EmailField, NewPasswordField } from '../components/AccountFields.js';
import { Field } from '../components/Field.js';
import { fieldError, FormError } from '../components/FormError.js';
import { fieldText, useFormAction } from '../components/use-form-action.js';
import { t } from '../i18n/t.js';
import { navigate } from '../router.js';

/** Sends a reset and, once it works, goes on signed in on this device. */
function useReset(
  proof: (form: FormData) => { email: string; recoveryCode: string } | { token: string },
) {
  return useFormAction(
    useResetPassword(),
    (form) => ({ ...proof(form), newPassword: fieldText(form, 'newPassword') }),
    () => navigate('/'),
  );
}

/** "Forgot your password?": a recovery code, or (when the server can send mail) a link. */
export function ForgotPasswordPage() {
  const options = useRecoveryOptions();
  const withCode = useReset((form) => ({
    email: fieldText(form, 'email'),
    recoveryCode: fieldText(form, 'recoveryCode'),
  }));
  const byEmail = useFormAction(useForgotPassword(), (form) => ({
    email: fieldText(form, 'email'),
  }));

  return (
    <section className="narrow">
      <h1 tabIndex={-1}>{t('reset.title')}</h1>
      <h2>{t('reset.withCode')}</h2>
      <p>{t('reset.withCodeIntro')}</p>
      <form onSubmit={withCode.onSubmit} noValidate>
        <EmailField error={withCode.error} />
        <Field
          label={t('reset.code')}
          name="recoveryCode"
          autoComplete="off"
          spellCheck={false}
          hint={t('reset.codeHint')}
          error={fieldError(withCode.error, 'recoveryCode')}
        />
        <NewPasswordField error={withCode.error} />
        <FormError error={withCode.error} />
        <button type="submit" className="primary" disabled={withCode.busy}>
          {t('reset.submit')}
        </button>
      </form>

      <h2>{t('reset.withEmail')}</h2>
      {options.data?.emailLink ? (
        <form onSubmit={byEmail.onSubmit} noValidate>
          <p>{t('reset.withEmailIntro')}</p>
          <EmailField error={byEmail.error} />
          <FormError error={byEmail.error} />
          {byEmail.done && <p role="status">{t('reset.linkSent')}</p>}
          <button type="submit" disabled={byEmail.busy}>
            {t('reset.sendLink')}
          </button>
        </form>
      ) : (
        <p>{t('reset.noEmail')}</p>
      )}
    </section>
  );
}

/** Where the emailed link leads: the token is in the address, only a new password is asked. */
export function ResetFromLinkPage() {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const reset = useReset(() => ({ token }));
  return (
    <section className="narrow">
      <h1 tabIndex={-1}>{t('reset.title')}</h1>
      <p>{t('reset.fromLinkIntro')}</p>
      <form onSubmit={reset.onSubmit} noValidate>
        <NewPasswordField error={reset.error} />
        <FormError error={reset.error} />
        <button type="submit" className="primary" disabled={reset.busy}>
          {t('reset.submit')}
        </button>
      </form>
    </section>
  );
}
