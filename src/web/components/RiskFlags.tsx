import { RISK_SEVERITIES, type RiskFlag } from '../../domain/risk/types.js';
import { t } from '../i18n/t.js';
import { severityLabels } from '../log/vocabulary-labels.js';
import { Link } from '../router.js';
import { NeedLines } from './CrisisNotice.js';

const severityRank = (flag: RiskFlag) => RISK_SEVERITIES.indexOf(flag.severity);

/** Warnings from the risk engine, urgent first; urgent ones carry the Get help link. */
export function RiskFlags({ flags }: { flags: RiskFlag[] }) {
  if (flags.length === 0) return <p>{t('log.flags.none')}</p>;
  const sorted = [...flags].sort((a, b) => severityRank(a) - severityRank(b));
  // On a phone, "good to know" facts fold away so the forms below stay near the top.
  const attention = sorted.filter((flag) => flag.severity !== 'info');
  const info = sorted.filter((flag) => flag.severity === 'info');
  return (
    <>
      <FlagList flags={attention} />
      {info.length > 0 && (
        <details className="more">
          <summary>{t('log.flags.moreInfo', { count: info.length })}</summary>
          <FlagList flags={info} />
        </details>
      )}
    </>
  );
}

function FlagList({ flags }: { flags: RiskFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="flags">
      {flags.map((flag) => (
        <li key={flag.code}>
          <RiskFlagCard flag={flag} />
        </li>
      ))}
    </ul>
  );
}

function RiskFlagCard({ flag }: { flag: RiskFlag }) {
  const headingId = `flag-${flag.code}-title`;
  return (
    <article
      className={`flag flag-${flag.severity}`}
      data-testid={`flag-${flag.code}`}
      data-severity={flag.severity}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        <span className={`badge badge-${flag.severity}`}>{t(severityLabels[flag.severity])}</span>{' '}
        {flag.title}
      </h3>
      {flag.severity === 'urgent' && (
        <Link href="/help" className="call-link">
          {t('log.crisis.cta')}
        </Link>
      )}
      <p>
        <strong>{t('log.flags.whatToDo')}</strong> {flag.action}
      </p>
      {flag.helpNeed && <NeedLines need={flag.helpNeed} />}
      <p>{flag.why}</p>
      <p className="source">
        {t('log.flags.source', { source: flag.source })}
        {flag.articleSlug && (
          <>
            {' · '}
            <Link href={`/learn/${flag.articleSlug}`}>
              {t('log.learnMore')}
              <span className="visually-hidden">: {flag.title}</span>
            </Link>
          </>
        )}
      </p>
    </article>
  );
}
