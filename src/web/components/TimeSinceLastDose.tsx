import { useEffect, useState } from 'react';
import { t } from '../i18n/t.js';
import { elapsedInWords } from '../log/elapsed.js';
import { useLastDose } from '../log/log-queries.js';
import { formatWhen } from '../log/zoned-time.js';

/** The current time, refreshed every minute. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * Time since the person's last logged dose, in words ("2 days, 3 hours") and as the time
 * it was taken, in their profile zone. Shown on Today and on Levels.
 */
export function TimeSinceLastDose({ timeZone }: { timeZone: string }) {
  const lastDose = useLastDose();
  const now = useNow();
  if (lastDose.data === undefined) return null;
  return (
    <p className="time-since" data-testid="time-since-last-dose">
      {lastDose.data === null
        ? t('today.noDoseYet')
        : t('today.sinceLastDose', {
            elapsed: elapsedInWords(new Date(lastDose.data.takenAt).getTime(), now.getTime()),
            when: formatWhen(lastDose.data.takenAt, timeZone, now),
          })}
    </p>
  );
}
