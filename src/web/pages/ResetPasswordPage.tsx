import { useQuery } from '@tanstack/react-query';
import type { Account } from '../../domain/accounts/account.js';
import { useSetAccount } from '../account.js';
import { api } from '../api/client.js';
import { EmailField, NewPasswordField } from '../components/AccountFields.js';
import { Field } from '../components/Field.js';
import { fieldError, FormError } from '../components/FormError.js';
import { useFormAction } from '../components/use-form-action.js';
import { t } from '../i18n/t.js';
import { navigate } from '../router.js';

/** Sends a reset and, once it works, goes on signed in on this device. */
function useReset(body: (form: FormData) => object) {
  const setAccount = useSetAccount();
  return useFormAction(async (form) => {
    const { account } = await api<{ account: Account }>('POST', '/api/auth/reset-password', {
      ...body(form),
      newPassword: form.get('newPassword'),
    });
    setAccount(account);
    navigate('/');
  });
}

/** "Forgot your password?": a recovery code, or (when the server can send mail) a link. */
export function ForgotPasswordPage() {
  const options = useQuery({
    queryKey: ['recovery-options'],
    queryFn: () => api<{ emailLink: boolean }>('GET', '/api/auth/recovery-options'),
  });
  const withCode = useReset((form) => ({
    email: form.get('email'),
    recoveryCode: form.get('recoveryCode'),
  }));
  const byEmail = useFormAction(async (form) => {
    await api('POST', '/api/auth/forgot-password', { email: form.get('email') });
  });

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
