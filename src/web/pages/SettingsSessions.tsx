import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SessionSummary } from '../../domain/accounts/account-api.js';
import { useSetAccount } from '../account.js';
import { api } from '../api/client.js';
import { FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';
import { navigate } from '../router.js';

const sessionsKey = ['sessions'] as const;
const formatTime = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

/** Where this account is signed in, with a way to end each session or all of them. */
export function SettingsSessions() {
  const queryClient = useQueryClient();
  const setAccount = useSetAccount();
  const [error, setError] = useState<unknown>(null);
  const sessions = useQuery({
    queryKey: sessionsKey,
    queryFn: () => api<{ sessions: SessionSummary[] }>('GET', '/api/me/sessions'),
  });

  const run = async (request: () => Promise<unknown>, after: () => void) => {
    setError(null);
    try {
      await request();
      after();
    } catch (caught) {
      setError(caught);
    }
  };
  const endOne = (session: SessionSummary) =>
    void run(
      () => api('DELETE', `/api/me/sessions/${session.id}`),
      () => {
        if (session.current) {
          setAccount(null);
          navigate('/sign-in');
        } else void queryClient.invalidateQueries({ queryKey: sessionsKey });
      },
    );
  const endAll = () =>
    void run(
      () => api('DELETE', '/api/me/sessions'),
      () => {
        setAccount(null);
        navigate('/sign-in');
      },
    );

  return (
    <>
      <h2>{t('sessions.title')}</h2>
      <p>{t('sessions.intro')}</p>
      {sessions.isPending && <p>{t('common.loading')}</p>}
      <FormError error={sessions.error ?? error} />
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
              onClick={() => endOne(session)}
            >
              {t('sessions.signOut')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={endAll}>
        {t('sessions.signOutEverywhere')}
      </button>
    </>
  );
}
