import type { Account } from '../../domain/accounts/account.js';
import { TimeSinceLastDose } from '../components/TimeSinceLastDose.js';
import { t } from '../i18n/t.js';
import { LevelsCaveats } from './LevelsCaveats.js';
import { LevelsOfPerson } from './LevelsOfPerson.js';
import { LevelsSimulator } from './LevelsSimulator.js';

/** Levels: a signed-in person's estimated blood level; a simulator for everyone else. */
export function LevelsPage({ account }: { account: Account | null }) {
  return (
    <section className="levels">
      <h1 tabIndex={-1}>{t('page.levels.title')}</h1>
      <p>{account ? t('levels.intro') : t('levels.introSignedOut')}</p>
      <p className="levels-not-a-guide">{t('levels.notAGuide')}</p>
      {account && <TimeSinceLastDose timeZone={account.profile.timeZone} />}
      {account ? <LevelsOfPerson account={account} /> : <LevelsSimulator />}
      <LevelsCaveats />
    </section>
  );
}
