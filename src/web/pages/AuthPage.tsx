import { useState, type FormEvent } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import { useSetAccount } from '../account.js';
import { api } from '../api/client.js';
import { Field } from '../components/Field.js';
import { fieldError, FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';
import { Link, navigate } from '../router.js';

/** Sign-in and sign-up share one form; only the endpoint and wording differ. */
export function AuthPage({ mode }: { mode: 'sign-in' | 'sign-up' }) {
  const setAccount = useSetAccount();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const isSignUp = mode === 'sign-up';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const { account } = await api<{ account: Account }>('POST', `/api/auth/${mode}`, {
        email: form.get('email'),
        password: form.get('password'),
      });
      setAccount(account);
      navigate(isSignUp ? '/settings' : '/');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1 tabIndex={-1}>{t(isSignUp ? 'account.signUp' : 'account.signIn')}</h1>
      {isSignUp && <p>{t('account.privacy')}</p>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label={t('account.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          error={fieldError(error, 'email')}
        />
        <Field
          label={t('account.password')}
          name="password"
          type="password"
          autoComplete={isSignUp ? 'new-password' : 'current-password'}
          required
          hint={isSignUp ? t('account.passwordHint') : undefined}
          error={fieldError(error, 'password')}
        />
        <FormError
          error={error}
          fields={{ email: t('account.email'), password: t('account.password') }}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t(isSignUp ? 'account.signUp' : 'account.signIn')}
        </button>
      </form>
      <p>
        {t(isSignUp ? 'account.haveAccount' : 'account.noAccount')}{' '}
        <Link href={isSignUp ? '/sign-in' : '/sign-up'}>
          {t(isSignUp ? 'account.signIn' : 'account.signUp')}
        </Link>
      </p>
    </section>
  );
}
