import { useState, type FormEvent } from 'react';
import { useSignIn } from '../account/account-queries.js';
import { CurrentPasswordField, EmailField, NewPasswordField } from '../components/AccountFields.js';
import { FormError } from '../components/FormError.js';
import { RecoveryCodes } from '../components/RecoveryCodes.js';
import { fieldText } from '../components/use-form-action.js';
import { t } from '../i18n/t.js';
import { Link, navigate } from '../router.js';
import { ChoosePrivateMode } from '../private/private-mode.js';

/** Sign-in and sign-up share one form; only the endpoint and wording differ. */
export function AuthPage({ mode }: { mode: 'sign-in' | 'sign-up' }) {
  const signIn = useSignIn(mode);
  const { error, isPending: busy } = signIn;
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const isSignUp = mode === 'sign-up';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    signIn.mutate(
      { email: fieldText(form, 'email'), password: fieldText(form, 'password') },
      {
        onSuccess: (answer) => {
          // New accounts see their recovery codes once before going on to Settings.
          if (answer.recoveryCodes) setRecoveryCodes(answer.recoveryCodes);
          else navigate('/');
        },
      },
    );
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
      <form onSubmit={submit} noValidate>
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
