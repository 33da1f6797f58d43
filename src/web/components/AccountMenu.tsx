import { useAccount, useSignOut } from '../account/account-queries.js';
import { t } from '../i18n/t.js';
import { Link, navigate } from '../router.js';

export function AccountMenu() {
  const { data: account } = useAccount();
  const signOut = useSignOut();
  if (!account) {
    return (
      <div className="account-menu">
        <Link href="/sign-in">{t('account.signIn')}</Link>
      </div>
    );
  }
  return (
    <div className="account-menu">
      <Link href="/settings" aria-label={t('nav.settings')}>
        {t('nav.settings')}
      </Link>
      <button
        type="button"
        className="link-button"
        onClick={() => signOut.mutate(undefined, { onSuccess: () => navigate('/sign-in') })}
      >
        {t('account.signOut')}
      </button>
    </div>
  );
}
