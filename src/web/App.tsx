import type { ReactNode } from 'react';
import { useAccount } from './account.js';
import { Layout } from './components/Layout.js';
import { t } from './i18n/t.js';
import { AuthPage } from './pages/AuthPage.js';
import { GetHelpPage } from './pages/GetHelpPage.js';
import { SectionIntroPage } from './pages/SectionIntroPage.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { TodayPage } from './pages/TodayPage.js';
import { useFocusHeadingOnNavigate, usePath } from './router.js';

export function App() {
  const path = usePath();
  const { data: account, isPending } = useAccount();
  useFocusHeadingOnNavigate(path);
  return (
    <Layout>{isPending ? <p>{t('common.loading')}</p> : renderPage(path, account ?? null)}</Layout>
  );
}

function renderPage(
  path: string,
  account: ReturnType<typeof useAccount>['data'] | null,
): ReactNode {
  switch (path) {
    case '/':
      return <TodayPage account={account ?? null} />;
    case '/sign-in':
      return <AuthPage key="sign-in" mode="sign-in" />;
    case '/sign-up':
      return <AuthPage key="sign-up" mode="sign-up" />;
    case '/settings':
      return account ? (
        <SettingsPage account={account} />
      ) : (
        <AuthPage key="sign-in" mode="sign-in" />
      );
    case '/history':
      return <SectionIntroPage title="page.history.title" body="page.history.body" />;
    case '/self-check':
      return <SectionIntroPage title="page.selfCheck.title" body="page.selfCheck.body" />;
    case '/levels':
      return <SectionIntroPage title="page.levels.title" body="page.levels.body" />;
    case '/learn':
      return <SectionIntroPage title="page.learn.title" body="page.learn.body" />;
    case '/help':
      return <GetHelpPage account={account ?? null} />;
    default:
      return (
        <section>
          <h1 tabIndex={-1}>{t('common.notFound')}</h1>
        </section>
      );
  }
}
