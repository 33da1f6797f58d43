import { NeedLines } from '../components/CrisisNotice.js';
import { t } from '../i18n/t.js';
import { formatDay } from './format.js';
import { useMyFollowUps } from './follow-up-queries.js';

/**
 * The person's side of a supervised withdrawal: which clinic follows them, that it does not
 * watch in real time, and the crisis lines right here.
 */
export function FollowedByClinic({ signedIn }: { signedIn: boolean }) {
  const followUps = useMyFollowUps(signedIn).data?.followUps ?? [];
  if (followUps.length === 0) return null;
  return (
    <div className="notice" data-testid="followed-by-clinic">
      {followUps.map((followUp) => (
        <p key={followUp.id}>
          {t(followUp.dailyCheckIns ? 'followUp.forPersonDaily' : 'followUp.forPerson', {
            clinic: followUp.clinic,
            date: formatDay(followUp.startDate),
          })}
        </p>
      ))}
      <p>{t('sharing.notWatching')}</p>
      <NeedLines need="crisis" />
    </div>
  );
}
