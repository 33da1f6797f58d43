import { useAccount } from './account/account-queries.js';
import { Layout } from './components/Layout.js';
import { t } from './i18n/t.js';
import { matchRoute } from './routes.js';
import { useDocumentTitleFromHeading, useFocusHeadingOnNavigate, usePath } from './router.js';

export function App() {
  const path = usePath();
  const { data, isPending } = useAccount();
  useFocusHeadingOnNavigate(path);
  useDocumentTitleFromHeading();
  const account = data ?? null;
  const match = matchRoute(path);

  const page = () => {
    if (isPending && !match?.route.beforeAccount) return <p>{t('common.loading')}</p>;
    if (!match) {
      return (
        <section>
          <h1 tabIndex={-1}>{t('common.notFound')}</h1>
        </section>
      );
    }
    return match.route.render({ account, params: match.params });
  };
  return <Layout>{page()}</Layout>;
}
