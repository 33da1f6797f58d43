import { useState, type FormEvent } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import { useSetAccount } from '../account.js';
import { api } from '../api/client.js';
import { CurrentPasswordField, EmailField, NewPasswordField } from '../components/AccountFields.js';
import { FormError } from '../components/FormError.js';
import { RecoveryCodes } from '../components/RecoveryCodes.js';
import { t } from '../i18n/t.js';
import { Link, navigate } from '../router.js';
import { ChoosePrivateMode } from '../private/private-mode.js';

/** Sign-in and sign-up share one form; only the endpoint and wording differ. */
export function AuthPage({ mode }: { mode: 'sign-in' | 'sign-up' }) {
  const setAccount = useSetAccount();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const isSignUp = mode === 'sign-up';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const answer = await api<{ account: Account; recoveryCodes?: string[] }>(
        'POST',
        `/api/auth/${mode}`,
        { email: form.get('email'), password: form.get('password') },
      );
      setAccount(answer.account);
      // New accounts see their recovery codes once before going on to Settings.
      if (answer.recoveryCodes) setRecoveryCodes(answer.recoveryCodes);
      else navigate('/');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  if (recoveryCodes) {
    return (
      <section className="narrow">
        <h1 tabIndex={-1}>{t('recovery.codesTitle')}</h1>
        <RecoveryCodes codes={recoveryCodes} />
        <button type="button" className="primary" onClick={() => navigate('/settings')}>
          {t('recovery.codesSaved')}
        </button>
      </section>
    );
  }

  return (
    <section className="narrow">
      <h1 tabIndex={-1}>{t(isSignUp ? 'account.signUp' : 'account.signIn')}</h1>
      {isSignUp && <p>{t('account.privacy')}</p>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <EmailField error={error} />
        {isSignUp ? (
          <NewPasswordField error={error} name="password" label={t('account.password')} />
        ) : (
          <CurrentPasswordField error={error} />
        )}
        <FormError
          error={error}
          fields={{ email: t('account.email'), password: t('account.password') }}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t(isSignUp ? 'account.signUp' : 'account.signIn')}
        </button>
      </form>
      {!isSignUp && (
        <p>
          <Link href="/forgot-password">{t('account.forgotPassword')}</Link>
        </p>
      )}
      <p>
        {t(isSignUp ? 'account.haveAccount' : 'account.noAccount')}{' '}
        <Link href={isSignUp ? '/sign-in' : '/sign-up'}>
          {t(isSignUp ? 'account.signIn' : 'account.signUp')}
        </Link>
      </p>
      <ChoosePrivateMode />
    </section>
  );
}
