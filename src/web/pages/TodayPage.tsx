import { useState } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import { CheckInForm } from '../components/CheckInForm.js';
import { CravingTools } from '../components/CravingTools.js';
import { DoseForm, type DoseDraft } from '../components/DoseForm.js';
import { FormError } from '../components/FormError.js';
import { RiskFlags } from '../components/RiskFlags.js';
import { SelectField } from '../components/SelectField.js';
import { TimeSinceLastDose } from '../components/TimeSinceLastDose.js';
import { SavedStatus } from '../components/SavedStatus.js';
import type { MessageKey } from '../i18n/t.js';
import { t, tPlural } from '../i18n/t.js';
import { useCheckIn, useLastDose, usePlan, useRisk } from '../log/log-queries.js';
import { formatLocalDate, formatWhen, todayIn } from '../log/zoned-time.js';
import { Link } from '../router.js';
import { TreatmentToday } from '../treatment/TreatmentToday.js';

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
  { href: '/my-treatment', label: 'myTreatment.todayLink' },
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

/** Today and the 7 days before it, newest first: check-ins can be filled in late. */
const CHECK_IN_PAST_DAYS = 7;

function checkInDays(today: string): Array<{ value: string; label: string }> {
  const todayMs = Date.parse(`${today}T12:00:00Z`);
  return Array.from({ length: CHECK_IN_PAST_DAYS + 1 }, (_, daysAgo) => {
    const value = new Date(todayMs - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const label =
      daysAgo === 0
        ? t('checkIn.today')
        : daysAgo === 1
          ? t('checkIn.yesterday')
          : formatLocalDate(value);
    return { value, label };
  });
}

/** Moves to a section of the page and focuses its heading (the action row's targets). */
function goTo(headingId: string) {
  const heading = document.getElementById(headingId);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

/** The signed-in day: the action row, warnings worst first, the daily forms, then the rest. */
function TodayDashboard({ account }: { account: Account }) {
  const timeZone = account.profile.timeZone;
  const today = todayIn(timeZone);
  const risk = useRisk();
  const plan = usePlan();
  const lastDose = useLastDose();
  const [checkInDate, setCheckInDate] = useState(today);
  const checkIn = useCheckIn(checkInDate);
  const [cravingOpen, setCravingOpen] = useState(false);
  const [doseDraft, setDoseDraft] = useState<{ key: number; draft?: DoseDraft }>({ key: 0 });
  const [savedDoseTime, setSavedDoseTime] = useState<string | null>(null);
  const name = account.profile.displayName ? `, ${account.profile.displayName}` : '';
  const days = checkInDays(today);
  const dayLabel = days.find((day) => day.value === checkInDate)?.label ?? checkInDate;

  const logAgain = () => {
    const last = lastDose.data;
    if (!last) return;
    setSavedDoseTime(null);
    setDoseDraft((current) => ({
      key: current.key + 1,
      draft: { ...last, takenAt: new Date().toISOString() },
    }));
    goTo('dose-title');
  };

  return (
    <section className="today">
      <h1 tabIndex={-1}>{t('page.today.title')}</h1>
      <p>{t('home.welcome', { name })}</p>

      <nav aria-label={t('today.actions')} className="action-row" data-testid="action-row">
        <button type="button" className="primary" onClick={() => goTo('dose-title')}>
          {t('today.logDose')}
        </button>
        <button type="button" onClick={() => goTo('check-in-title')}>
          {t('today.checkIn')}
        </button>
        <button type="button" onClick={() => setCravingOpen(true)}>
          {t('log.craving.open')}
        </button>
        <TimeSinceLastDose timeZone={timeZone} />
      </nav>
      {cravingOpen && (
        <CravingTools plan={plan.data?.plan ?? null} onClose={() => setCravingOpen(false)} />
      )}

      <section aria-labelledby="flags-title">
        <h2 id="flags-title">{t('log.flags.title')}</h2>
        {risk.data ? (
          <RiskFlags flags={risk.data.flags} today={today} userId={account.id} />
        ) : risk.isError ? (
          <FormError error={risk.error} />
        ) : (
          <p>{t('log.flags.loading')}</p>
        )}
      </section>

      <TreatmentToday timeZone={timeZone} />

      <section aria-labelledby="progress-title" className="progress-card">
        <h2 id="progress-title">{t('log.today.progressTitle')}</h2>
        {risk.data && (
          <p>
            {risk.data.summary.daysSinceLastUse === null
              ? t('log.today.neverUsed')
              : tPlural('today.daysSinceLastUse', risk.data.summary.daysSinceLastUse)}
          </p>
        )}
        {plan.data?.progress ? (
          <p>
            {tPlural('today.streak', plan.data.progress.currentStreakDays, {
              longest: tPlural('time.days', plan.data.progress.longestStreakDays),
            })}
          </p>
        ) : (
          plan.data && (
            <p>
              {t('log.today.noPlan')} <Link href="/plan">{t('log.today.setGoal')}</Link>
            </p>
          )
        )}
      </section>

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
          onSaved={(dose, enteredIn) => {
            setSavedDoseTime(formatWhen(dose.takenAt, enteredIn));
            setDoseDraft((current) => ({ key: current.key + 1 }));
          }}
        />
      </section>

      <section aria-labelledby="check-in-title">
        <h2 id="check-in-title" tabIndex={-1}>
          {t('log.checkIn.title')}
        </h2>
        <SelectField
          label={t('checkIn.day')}
          value={checkInDate}
          onChange={(event) => setCheckInDate(event.target.value)}
          options={days}
        />
        <p>
          {checkIn.data
            ? checkInDate === today
              ? t('log.checkIn.editing')
              : t('checkIn.editingDay', { day: dayLabel })
            : t('log.checkIn.intro')}
        </p>
        {checkIn.isSuccess ? (
          <CheckInForm
            key={checkInDate}
            date={checkInDate}
            existing={checkIn.data}
            savedMessage={
              checkInDate === today ? undefined : t('checkIn.savedFor', { day: dayLabel })
            }
          />
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
