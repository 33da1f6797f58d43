import { useAccount, useSetAccount } from '../account.js';
import { api } from '../api/client.js';
import { t } from '../i18n/t.js';
import { Link, navigate } from '../router.js';

export function AccountMenu() {
  const { data: account } = useAccount();
  const setAccount = useSetAccount();
  if (!account) {
    return (
      <div className="account-menu">
        <Link href="/sign-in">{t('account.signIn')}</Link>
      </div>
    );
  }
  const signOut = async () => {
    await api('POST', '/api/auth/sign-out');
    setAccount(null);
    navigate('/sign-in');
  };
  return (
    <div className="account-menu">
      <Link href="/settings" aria-label={t('nav.settings')}>
        {t('nav.settings')}
      </Link>
      <button type="button" className="link-button" onClick={() => void signOut()}>
        {t('account.signOut')}
      </button>
    </div>
  );
}
