import { dialableNumber, smsHref } from '../../domain/help/dial-links.js';
import type { HelpLine } from '../../domain/help/help-directory-schema.js';
import type { SourceEntry } from '../../domain/help/source-references.js';
import type { HelpAnswer } from '../../domain/help/find-help.js';
import { t } from '../i18n/t.js';
import { describeError } from '../api/describe-error.js';

/** Country chooser shared by Get help, family and treatment pages. */
export function CountrySelect({
  label,
  value,
  available,
  onChange,
}: {
  label: string;
  value: string;
  available: HelpAnswer['available'];
  onChange: (country: string) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {available.map((entry) => (
          <option key={entry.country} value={entry.country}>
            {entry.countryName}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A help line's name, tappable numbers and web address. */
export function HelpLineLinks({ line }: { line: HelpLine }) {
  return (
    <div className="line-links">
      <p className="line-name">{line.name}</p>
      {line.number && (
        <a className="call-link" href={dialableNumber(line.number)}>
          {t('help.call', { number: line.number })}
        </a>
      )}
      {line.text && (
        <a className="call-link" href={smsHref(line.text)}>
          {t('help.text', { keyword: line.text.keyword ?? '', number: line.text.number })}
        </a>
      )}
      <p className="source">
        {line.hours}
        {line.web && (
          <>
            {' · '}
            <a href={line.web}>{t('help.web', { host: new URL(line.web).host })}</a>
          </>
        )}
      </p>
    </div>
  );
}

/** A "2026-11" month or "2026-11-27" date in the reader's locale. */
export function formatReviewDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(undefined, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
  }).format(date);
}

/** A page's heading while its content loads, or the error if loading failed. */
export function HelpPageLoading({
  title,
  query,
}: {
  title: string;
  query: { isError: boolean; error: unknown };
}) {
  return (
    <section>
      <h1 tabIndex={-1}>{title}</h1>
      <p>{query.isError ? describeError(query.error) : t('common.loading')}</p>
    </section>
  );
}

/** The sources a page cites, linked where they have an address, and when it was last reviewed. */
export function SourcesAndReview({
  title,
  sources,
  lastReviewed,
}: {
  title: string;
  sources: SourceEntry[];
  lastReviewed: string;
}) {
  return (
    <>
      <h2>{title}</h2>
      <ul className="source-list">
        {sources.map((source) => (
          <li key={source.id} className="source">
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              source.title
            )}
          </li>
        ))}
      </ul>
      <p className="source">{t('family.lastReviewed', { date: formatReviewDate(lastReviewed) })}</p>
    </>
  );
}
