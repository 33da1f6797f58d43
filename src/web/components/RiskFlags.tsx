import type { RiskFlag } from '../../domain/risk/types.js';
import { riskFlagWords, type CheckInteractions } from '../../domain/risk/flag-words.js';
import { bySeverity } from '../../domain/severity.js';
import { messages, t, tPlural } from '../i18n/t.js';
import { eventDayOf } from '../log/elapsed.js';
import { useInteractionChecker } from '../log/interaction-checker.js';
import { isSeen, useSeenFlags } from '../log/seen-flags.js';
import { severityLabels } from '../log/vocabulary-labels.js';
import { Link } from '../router.js';
import { NeedLines } from './CrisisNotice.js';

/** Flags worded from the combination data (what the pair does, what to do about it). */
const wordedFromCombinationData = new Set<RiskFlag['code']>([
  'dangerous-combination',
  'combination-caution',
]);

/** What other flags are worded with while the combination data loads: they never ask it. */
const combinationDataNotLoaded: CheckInteractions = () => {
  throw new Error('A combination flag was worded before the combination data loaded');
};

function whenOf(date: string, today: string): string {
  const day = eventDayOf(date, today);
  if (day.kind === 'today') return t('flags.when.today');
  if (day.kind === 'yesterday') return t('flags.when.yesterday');
  if (day.kind === 'this-week') return t('flags.when.thisWeek', { weekday: day.weekday });
  return t('flags.when.earlier', { date: day.date });
}

/**
 * Warnings from the risk engine, worst first, one line each ("Last Friday: Redosing: 4 doses
 * within 4 hours") that opens to why, what to do and the source. Urgent ones stay open and
 * carry the help lines; others can be marked as seen until something new happens.
 */
export function RiskFlags({
  flags,
  today,
  userId,
}: {
  flags: RiskFlag[];
  today: string;
  userId: string;
}) {
  const { seen, mark } = useSeenFlags(userId);
  const needsData = flags.some((flag) => wordedFromCombinationData.has(flag.code));
  const checker = useInteractionChecker(needsData);
  if (flags.length === 0) return <p>{t('log.flags.none')}</p>;
  // A combination flag waits the moment its data takes to load rather than say less.
  if (needsData && !checker) return <p>{t('log.flags.loading')}</p>;
  const check = checker?.checkInteractions ?? combinationDataNotLoaded;
  const sorted = [...flags].sort(bySeverity);
  const fresh = sorted.filter((flag) => !isSeen(seen, flag));
  const seenFlags = sorted.filter((flag) => isSeen(seen, flag));
  const card = (flag: RiskFlag) => (
    <li key={flag.code}>
      <RiskFlagCard
        flag={flag}
        today={today}
        check={check}
        onSeen={
          flag.severity === 'urgent' || isSeen(seen, flag) ? undefined : () => mark(flag, flags)
        }
      />
    </li>
  );
  return (
    <>
      {fresh.length > 0 && <ul className="flags">{fresh.map(card)}</ul>}
      {seenFlags.length > 0 && (
        <details className="more" data-testid="seen-flags">
          <summary>{tPlural('flags.seen', seenFlags.length)}</summary>
          <ul className="flags">{seenFlags.map(card)}</ul>
        </details>
      )}
    </>
  );
}

function RiskFlagCard({
  flag,
  today,
  check,
  onSeen,
}: {
  flag: RiskFlag;
  today: string;
  check: CheckInteractions;
  onSeen: (() => void) | undefined;
}) {
  const when = flag.lastEventDate ? whenOf(flag.lastEventDate, today) : undefined;
  const words = riskFlagWords(flag, messages, check);
  return (
    <details
      className={`flag flag-${flag.severity}`}
      data-testid={`flag-${flag.code}`}
      data-severity={flag.severity}
      open={flag.severity === 'urgent' || undefined}
    >
      <summary>
        <span className={`badge badge-${flag.severity}`}>{t(severityLabels[flag.severity])}</span>{' '}
        {when && <span className="flag-when">{when}: </span>}
        <span className="flag-title">{words.title}</span>
      </summary>
      {flag.severity === 'urgent' && (
        <Link href="/help" className="call-link">
          {t('log.crisis.cta')}
        </Link>
      )}
      <p>
        <strong>{t('log.flags.whatToDo')}</strong> {words.action}
      </p>
      {flag.helpNeed && <NeedLines need={flag.helpNeed} />}
      <p>{words.why}</p>
      <p className="source">
        {t('log.flags.source', { source: flag.source })}
        {flag.articleSlug && (
          <>
            {' · '}
            <Link href={`/learn/${flag.articleSlug}`}>
              {t('log.learnMore')}
              <span className="visually-hidden">: {words.title}</span>
            </Link>
          </>
        )}
      </p>
      {onSeen && (
        <button type="button" className="link-button" onClick={onSeen}>
          {t('flags.markSeen')}
          <span className="visually-hidden">: {words.title}</span>
        </button>
      )}
    </details>
  );
}
