import { useAccount, useSignOut } from '../account/account-queries.js';
import { t } from '../i18n/t.js';
import { Link, navigate } from '../router.js';
import { turnOffDeviceLock } from '../lock/device-lock.js';
import { usePrivateMode } from '../private/private-mode.js';

export function AccountMenu() {
  const { data: account } = useAccount();
  const signOut = useSignOut();
  const privateMode = usePrivateMode();
  if (privateMode) {
    if (privateMode.status.state !== 'unlocked') return null;
    const lock = async () => {
      privateMode.setStatus(await privateMode.connection.call('vault.lock'));
    };
    return (
      <div className="account-menu">
        <Link href="/private">{t('private.menuLink')}</Link>
        <button type="button" className="link-button" onClick={() => void lock()}>
          {t('private.lock')}
        </button>
      </div>
    );
  }
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
        onClick={() =>
          signOut.mutate(undefined, {
            onSuccess: () => {
              // The device lock guards this session; signed out, it has nothing to guard.
              turnOffDeviceLock();
              navigate('/sign-in');
            },
          })
        }
      >
        {t('account.signOut')}
      </button>
    </div>
  );
}
