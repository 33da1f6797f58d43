import { NeedLines } from '../components/CrisisNotice.js';
import { t } from '../i18n/t.js';
import { useSharesWithClinic } from './clinic-queries.js';

/**
 * Where a person enters something that may be urgent and shares with a clinic: the clinic
 * does not watch in real time, so the crisis lines are right here.
 */
export function ClinicNotWatching({ signedIn }: { signedIn: boolean }) {
  if (!useSharesWithClinic(signedIn)) return null;
  return (
    <div className="notice" data-testid="clinic-not-watching">
      <p>{t('sharing.notWatching')}</p>
      <NeedLines need="crisis" />
    </div>
  );
}
