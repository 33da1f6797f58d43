import { useState } from 'react';
import { Field } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';
import { formatDay } from './format.js';
import { useClientFollowUp, useEndFollowUp, useStartFollowUp } from './follow-up-queries.js';

const todayOnDevice = () => new Date().toLocaleDateString('en-CA');

/** On a client's page: start a supervised withdrawal follow-up, see it, end it. */
export function WithdrawalFollowUpPanel({ clientId }: { clientId: string }) {
  const followUp = useClientFollowUp(clientId);
  const start = useStartFollowUp(clientId);
  const end = useEndFollowUp(clientId);
  const [startDate, setStartDate] = useState(todayOnDevice);
  const [dailyCheckIns, setDailyCheckIns] = useState(true);
  const running = followUp.data?.followUp ?? null;
  return (
    <section aria-labelledby="follow-up-title" data-testid="withdrawal-follow-up">
      <h2 id="follow-up-title">{t('followUp.title')}</h2>
      <p className="hint">{t('followUp.intro')}</p>
      <FormError error={followUp.error} />
      {running ? (
        <>
          <p>
            {t(running.dailyCheckIns ? 'followUp.runningDaily' : 'followUp.running', {
              date: formatDay(running.startDate),
              who: running.startedBy,
            })}
          </p>
          <FormError error={end.error} />
          <button type="button" disabled={end.isPending} onClick={() => end.mutate(undefined)}>
            {t('followUp.end')}
          </button>
        </>
      ) : (
        followUp.isSuccess && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              start.mutate({ startDate, dailyCheckIns });
            }}
          >
            <Field
              label={t('followUp.startDate')}
              type="date"
              value={startDate}
              onChange={(event) => setStartDate(event.target.value)}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={dailyCheckIns}
                onChange={(event) => setDailyCheckIns(event.target.checked)}
              />
              <span>{t('followUp.dailyCheckIns')}</span>
            </label>
            <FormError error={start.error} />
            <button type="submit" className="primary" disabled={start.isPending}>
              {t('followUp.start')}
            </button>
          </form>
        )
      )}
    </section>
  );
}
