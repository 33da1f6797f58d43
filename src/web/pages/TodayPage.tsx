import type { Account } from '../../domain/accounts/account.js';
import { t } from '../i18n/t.js';
import { Link } from '../router.js';

export function TodayPage({ account }: { account: Account | null }) {
  if (!account) {
    return (
      <section>
        <h1 tabIndex={-1}>{t('home.welcome', { name: '' })}</h1>
        <p>{t('home.intro')}</p>
        <p>{t('home.signedOutCta')}</p>
        <p className="actions">
          <Link href="/sign-up" className="button primary">
            {t('account.signUp')}
          </Link>
          <Link href="/sign-in" className="button">
            {t('account.signIn')}
          </Link>
        </p>
        <p>
          <Link href="/family">{t('home.familyLink')}</Link>
        </p>
        <p>
          <Link href="/learn">{t('home.learnLink')}</Link>
        </p>
      </section>
    );
  }
  const name = account.profile.displayName ? `, ${account.profile.displayName}` : '';
  return (
    <section>
      <h1 tabIndex={-1}>{t('page.today.title')}</h1>
      <p>{t('home.welcome', { name })}</p>
      <p>{t('page.today.empty')}</p>
    </section>
  );
}
