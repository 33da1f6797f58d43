import type { SessionSummary } from '../../domain/accounts/account-api.js';
import { useEndSessions, useSessions } from '../account/account-queries.js';
import { FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';
import { navigate } from '../router.js';

const formatTime = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

/** Where this account is signed in, with a way to end each session or all of them. */
export function SettingsSessions() {
  const sessions = useSessions();
  const ending = useEndSessions();
  const end = (which: SessionSummary | 'everywhere') =>
    ending.mutate(which, {
      onSuccess: () => {
        if (which === 'everywhere' || which.current) navigate('/sign-in');
      },
    });

  return (
    <>
      <h2>{t('sessions.title')}</h2>
      <p>{t('sessions.intro')}</p>
      {sessions.isPending && <p>{t('common.loading')}</p>}
      <FormError error={sessions.error ?? ending.error} />
      <ul className="session-list">
        {sessions.data?.sessions.map((session) => (
          <li key={session.id} className="session">
            <div>
              <p>
                <strong>{session.device}</strong>
                {session.current && <> · {t('sessions.thisDevice')}</>}
              </p>
              <p className="hint">
                {t('sessions.started', { time: formatTime(session.createdAt) })}
              </p>
              <p className="hint">
                {t('sessions.lastUsed', { time: formatTime(session.lastUsedAt) })}
              </p>
            </div>
            <button
              type="button"
              aria-label={t('sessions.signOutNamed', { device: session.device })}
              onClick={() => end(session)}
            >
              {t('sessions.signOut')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => end('everywhere')}>
        {t('sessions.signOutEverywhere')}
      </button>
    </>
  );
}
