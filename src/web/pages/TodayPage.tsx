import { useState } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import { CheckInForm } from '../components/CheckInForm.js';
import { CravingTools } from '../components/CravingTools.js';
import { DoseForm, type DoseDraft } from '../components/DoseForm.js';
import { FormError } from '../components/FormError.js';
import { RiskFlags } from '../components/RiskFlags.js';
import { SavedStatus } from '../components/SavedStatus.js';
import type { MessageKey } from '../i18n/messages.en.js';
import { t } from '../i18n/t.js';
import { useCheckIn, useLastDose, usePlan, useRisk } from '../log/log-queries.js';
import { formatTime, todayIn } from '../log/zoned-time.js';
import { Link } from '../router.js';

type PageLink = { href: string; label: MessageKey };

const signedOutLinks: PageLink[] = [
  { href: '/combinations', label: 'log.combo.title' },
  { href: '/self-check', label: 'log.selfCheck.title' },
  { href: '/family', label: 'home.familyLink' },
  { href: '/learn', label: 'home.learnLink' },
];

const signedInLinks: PageLink[] = [
  { href: '/history', label: 'log.history.title' },
  { href: '/plan', label: 'log.plan.title' },
  { href: '/combinations', label: 'log.combo.title' },
  { href: '/self-check', label: 'log.selfCheck.title' },
  { href: '/data', label: 'log.today.yourData' },
];

function LinkList({ links }: { links: PageLink[] }) {
  return (
    <ul className="link-list">
      {links.map(({ href, label }) => (
        <li key={href}>
          <Link href={href}>{t(label)}</Link>
        </li>
      ))}
    </ul>
  );
}

export function TodayPage({ account }: { account: Account | null }) {
  if (!account) {
    return (
      <section>
        <h1 tabIndex={-1}>{t('home.welcome', { name: '' })}</h1>
        <p>{t('home.intro')}</p>
        <p>{t('home.signedOutCta')}</p>
        <p className="actions">
          <Link href="/sign-up" className="button primary">
            {t('account.signUp')}
          </Link>
          <Link href="/sign-in" className="button">
            {t('account.signIn')}
          </Link>
        </p>
        <p>{t('log.today.signedOutLinks')}</p>
        <LinkList links={signedOutLinks} />
      </section>
    );
  }
  return <TodayDashboard account={account} />;
}

/** The signed-in day: warnings first, then the two things done daily, then the rest. */
function TodayDashboard({ account }: { account: Account }) {
  const timeZone = account.profile.timeZone;
  const today = todayIn(timeZone);
  const risk = useRisk();
  const plan = usePlan();
  const lastDose = useLastDose();
  const checkIn = useCheckIn(today);
  const [cravingOpen, setCravingOpen] = useState(false);
  const [doseDraft, setDoseDraft] = useState<{ key: number; draft?: DoseDraft }>({ key: 0 });
  const [savedDoseTime, setSavedDoseTime] = useState<string | null>(null);
  const name = account.profile.displayName ? `, ${account.profile.displayName}` : '';

  const logAgain = () => {
    const last = lastDose.data;
    if (!last) return;
    setSavedDoseTime(null);
    setDoseDraft((current) => ({
      key: current.key + 1,
      draft: { ...last, takenAt: new Date().toISOString() },
    }));
    document.getElementById('dose-title')?.focus();
  };

  return (
    <section className="today">
      <h1 tabIndex={-1}>{t('page.today.title')}</h1>
      <p>{t('home.welcome', { name })}</p>

      <section aria-labelledby="flags-title">
        <h2 id="flags-title">{t('log.flags.title')}</h2>
        {risk.data ? (
          <RiskFlags flags={risk.data.flags} />
        ) : risk.isError ? (
          <FormError error={risk.error} />
        ) : (
          <p>{t('log.flags.loading')}</p>
        )}
      </section>

      <section aria-labelledby="progress-title" className="progress-card">
        <h2 id="progress-title">{t('log.today.progressTitle')}</h2>
        {risk.data && (
          <p>
            {risk.data.summary.daysSinceLastUse === null
              ? t('log.today.neverUsed')
              : t('log.today.daysSinceLastUse', { days: risk.data.summary.daysSinceLastUse })}
          </p>
        )}
        {plan.data?.progress ? (
          <p>
            {t('log.today.streak', {
              current: plan.data.progress.currentStreakDays,
              longest: plan.data.progress.longestStreakDays,
            })}
          </p>
        ) : (
          plan.data && (
            <p>
              {t('log.today.noPlan')} <Link href="/plan">{t('log.today.setGoal')}</Link>
            </p>
          )
        )}
        {!cravingOpen && (
          <button
            type="button"
            className="primary craving-button"
            onClick={() => setCravingOpen(true)}
          >
            {t('log.craving.open')}
          </button>
        )}
      </section>
      {cravingOpen && (
        <CravingTools plan={plan.data?.plan ?? null} onClose={() => setCravingOpen(false)} />
      )}

      <section aria-labelledby="dose-title">
        <h2 id="dose-title" tabIndex={-1}>
          {t('log.dose.title')}
        </h2>
        {lastDose.data && (
          <p>
            <button type="button" onClick={logAgain}>
              {t('log.dose.again')}
            </button>
          </p>
        )}
        {doseDraft.draft && <p className="hint">{t('log.dose.againHint')}</p>}
        {savedDoseTime && (
          <SavedStatus key={doseDraft.key} className="saved">
            {t('log.dose.saved', { time: savedDoseTime })}
          </SavedStatus>
        )}
        <DoseForm
          key={doseDraft.key}
          timeZone={timeZone}
          draft={doseDraft.draft}
          onSaved={(dose) => {
            setSavedDoseTime(formatTime(dose.takenAt, timeZone));
            setDoseDraft((current) => ({ key: current.key + 1 }));
          }}
        />
      </section>

      <section aria-labelledby="check-in-title">
        <h2 id="check-in-title">{t('log.checkIn.title')}</h2>
        <p>{t(checkIn.data ? 'log.checkIn.editing' : 'log.checkIn.intro')}</p>
        {checkIn.isSuccess ? (
          <CheckInForm key={today} date={today} existing={checkIn.data} />
        ) : checkIn.isError ? (
          <FormError error={checkIn.error} />
        ) : (
          <p>{t('common.loading')}</p>
        )}
      </section>

      <section aria-labelledby="more-title">
        <h2 id="more-title">{t('log.today.more')}</h2>
        <LinkList links={signedInLinks} />
      </section>
    </section>
  );
}
