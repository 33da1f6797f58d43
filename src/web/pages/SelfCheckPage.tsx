import type { Account } from '../../domain/accounts/account.js';
import { FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';
import { Link } from '../router.js';
import { useQuestionnaires } from '../self-check/self-check-queries.js';

/** The list of self-check questionnaires; works with or without an account. */
export function SelfCheckPage({ account }: { account: Account | null }) {
  const list = useQuestionnaires();
  return (
    <section>
      <h1 tabIndex={-1}>{t('log.selfCheck.title')}</h1>
      <p>{t('log.selfCheck.intro')}</p>
      <p className="hint">{t(account ? 'log.selfCheck.signedIn' : 'log.selfCheck.signedOut')}</p>
      {list.isError && <FormError error={list.error} />}
      {list.data ? (
        <ul className="cards">
          {list.data.questionnaires.map((questionnaire) => (
            <li key={questionnaire.id} className="line-card">
              <h2>{questionnaire.title}</h2>
              <p>{questionnaire.description}</p>
              <p className="hint">
                {t('log.selfCheck.questions', {
                  count: questionnaire.items.length,
                  timeframe: questionnaire.timeframe,
                })}
              </p>
              <Link href={`/self-check/${questionnaire.id}`} className="button primary">
                {t('log.selfCheck.start', { name: questionnaire.shortTitle })}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        !list.isError && <p>{t('common.loading')}</p>
      )}
    </section>
  );
}
