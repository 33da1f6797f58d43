import { useState } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import type { Levels } from '../../domain/pk/pk-api.js';
import { formatClock } from '../components/LevelsChartTable.js';
import { FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';
import { useLevels, useLevelsWhatIf, type WhatIf } from '../log/log-queries.js';
import { Link } from '../router.js';
import { LevelsChartSlot } from './LevelsChartSlot.js';
import { LevelsModelNote } from './LevelsModelNote.js';
import { LevelsWhatIf } from './LevelsWhatIf.js';

/** A new account's time zone is UTC until set; show the device's clock until then (as Settings does). */
export function displayTimeZone(profileTimeZone: string): string {
  return profileTimeZone === 'UTC'
    ? Intl.DateTimeFormat().resolvedOptions().timeZone
    : profileTimeZone;
}

/** "Probably in or above the dissociative range until about 23:40", or below all ranges. */
function headline(levels: Levels, timeZone: string): string {
  const highest = levels.summary.aboveBands.at(-1);
  if (!highest) return t('levels.now.below');
  const band = t(`levels.band.${highest.band}`);
  if (highest.untilAt === null) return t('levels.now.aboveLong', { band });
  return t('levels.now.above', { band, time: formatClock(Date.parse(highest.untilAt), timeZone) });
}

export function LevelsOfPerson({ account }: { account: Account }) {
  const [whatIf, setWhatIf] = useState<WhatIf | null>(null);
  const current = useLevels(account.id);
  const scenario = useLevelsWhatIf(account.id, whatIf);
  if (current.isPending) return <p>{t('levels.loading')}</p>;
  if (current.isError) return <FormError error={current.error} />;

  const levels = current.data;
  const timeZone = displayTimeZone(levels.timeZone);
  const shown = whatIf && scenario.data ? scenario.data : levels;
  return (
    <>
      <p className="levels-headline" data-testid="levels-headline">
        {headline(levels, timeZone)}
      </p>
      {levels.summary.nowNgPerMl >= 1 && (
        <p>{t('levels.now.level', { ngPerMl: Math.round(levels.summary.nowNgPerMl) })}</p>
      )}
      {levels.doses.length === 0 && <p>{t('levels.noDoses')}</p>}
      {levels.skippedDoses > 0 && <p>{t('levels.skipped')}</p>}
      <p className="hint">
        {levels.assumedWeight ? (
          <>
            {t('levels.weightAssumed')} <Link href="/settings">{t('settings.title')}</Link>
          </>
        ) : (
          t('levels.weightUsed', { kg: levels.weightKg })
        )}
      </p>
      <LevelsChartSlot
        curve={shown.result}
        compareNgPerMl={shown.withoutWhatIfNgPerMl}
        startMs={Date.parse(shown.startAt)}
        nowMin={shown.nowMin}
        timeZone={timeZone}
      />
      <LevelsModelNote model={shown.result.model} />
      <LevelsWhatIf
        onChange={setWhatIf}
        whatIf={whatIf}
        scenario={scenario.data ?? null}
        pending={scenario.isFetching}
        error={scenario.error}
        timeZone={timeZone}
      />
    </>
  );
}
