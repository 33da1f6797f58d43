import { useState } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import { dialableNumber } from '../../domain/help/dial-links.js';
import type { HelpLine } from '../../domain/help/help-directory-schema.js';
import { CountrySelect, HelpLineLinks, useHelpDirectory } from '../components/HelpParts.js';
import { t } from '../i18n/t.js';
import { describeError } from '../api/describe-error.js';

/** One tap from every page: the emergency number first, then what to do, then lines. */
export function GetHelpPage({ account }: { account: Account | null }) {
  const [country, setCountry] = useState<string | undefined>(undefined);
  const query = useHelpDirectory(country, account?.profile.country);
  const help = query.data;
  return (
    <section>
      <h1 tabIndex={-1}>{t('page.help.title')}</h1>
      {help ? (
        <>
          <div className="emergency" data-testid="emergency">
            <p>{t('page.help.emergencyIntro')}</p>
            <a className="call-link" href={dialableNumber(help.directory.emergency.number)}>
              {t('page.help.call', { number: help.directory.emergency.number })}
            </a>
            {help.directory.emergency.alternatives?.map((alternative) => (
              <a
                key={alternative.number}
                className="call-link"
                href={dialableNumber(alternative.number)}
              >
                {t('page.help.call', { number: alternative.number })}
              </a>
            ))}
            {help.directory.emergency.note && <p>{help.directory.emergency.note}</p>}
          </div>
          <CountrySelect
            label={t('page.help.country')}
            value={help.country}
            available={help.available}
            onChange={setCountry}
          />
          <h2>{t('page.help.whileWaiting')}</h2>
          <ol>
            {help.directory.emergency.whatToDo.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p className="source">
            {help.directory.emergency.sources.map((source, index) => (
              <span key={source.title}>
                {index > 0 && ' · '}
                {source.url ? <a href={source.url}>{source.title}</a> : source.title}
              </span>
            ))}
          </p>
          <h2>{t('page.help.otherLines')}</h2>
          {help.directory.lines.map((line) => (
            <HelpLineCard key={line.id} line={line} />
          ))}
          {help.directory.notes?.map((note) => (
            <p key={note} className="source">
              {note}
            </p>
          ))}
        </>
      ) : (
        <p>{query.isError ? describeError(query.error) : t('common.loading')}</p>
      )}
    </section>
  );
}

function HelpLineCard({ line }: { line: HelpLine }) {
  return (
    <article className="line-card">
      <p>{line.summary}</p>
      <HelpLineLinks line={line} />
      {line.otherNumbers?.map((other) => (
        <a key={other.number} className="call-link" href={dialableNumber(other.number)}>
          {other.label}: {other.number}
        </a>
      ))}
      <p className="source">
        {line.cost ? `${line.cost} · ` : ''}
        {line.web ? (
          <>
            {t('page.help.sourcePrefix')} <a href={line.web}>{new URL(line.web).host}</a>{' '}
            {t('page.help.checked', { checked: line.checked })}
          </>
        ) : (
          t('page.help.noOfficialPage', { checked: line.checked })
        )}
        {line.confidence !== 'verified' && ` · ${t('page.help.checkFirst')}`}
      </p>
    </article>
  );
}
