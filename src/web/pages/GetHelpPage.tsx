import { useState } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import { dialableNumber } from '../../domain/help/dial-links.js';
import type { HelpLine } from '../../domain/help/help-directory-schema.js';
import { CountrySelect, HelpLineLinks } from '../components/HelpParts.js';
import { useHelpDirectory } from '../help/help-queries.js';
import { countryName } from '../i18n/country-names.js';
import { t } from '../i18n/t.js';

/**
 * One tap from every page: the emergency number first, then crisis lines, then what to do
 * while waiting, then other lines. Rendered from the bundled directory when the API fails.
 */
export function GetHelpPage({ account }: { account: Account | null }) {
  const [country, setCountry] = useState<string | undefined>(undefined);
  const help = useHelpDirectory(country, account?.profile.country);
  const { emergency, lines, notes } = help.directory;
  const crisisLines = lines.filter((line) => line.purpose === 'crisis');
  const otherLines = lines.filter((line) => line.purpose !== 'crisis');
  return (
    <section>
      <h1 tabIndex={-1}>{t('page.help.title')}</h1>
      <div className="emergency" data-testid="emergency">
        <p>{t('page.help.emergencyIntro')}</p>
        <a className="call-link" href={dialableNumber(emergency.number)}>
          {t('page.help.call', { number: emergency.number })}
        </a>
        {emergency.alternatives?.map((alternative) => (
          <a
            key={alternative.number}
            className="call-link"
            href={dialableNumber(alternative.number)}
          >
            {t('page.help.call', { number: alternative.number })}
          </a>
        ))}
        {emergency.note && <p>{emergency.note}</p>}
      </div>
      {crisisLines.length > 0 && (
        <section aria-labelledby="crisis-lines-title" data-testid="crisis-lines">
          <h2 id="crisis-lines-title">{t('page.help.crisisLines')}</h2>
          {crisisLines.map((line) => (
            <HelpLineCard key={line.id} line={line} />
          ))}
        </section>
      )}
      <CountrySelect
        label={t('page.help.country')}
        value={help.country}
        available={help.available}
        onChange={setCountry}
      />
      {help.noLocalDirectoryFor && (
        <p className="hint">
          {t('page.help.noLocalDirectory', { country: countryName(help.noLocalDirectoryFor) })}
        </p>
      )}
      {help.fromDevice && <p className="hint">{t('page.help.onDevice')}</p>}
      <h2>{t('page.help.whileWaiting')}</h2>
      <ol>
        {emergency.whatToDo.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="source">
        {emergency.sources.map((source, index) => (
          <span key={source.title}>
            {index > 0 && ' · '}
            {source.url ? <a href={source.url}>{source.title}</a> : source.title}
          </span>
        ))}
      </p>
      <h2>{t('page.help.otherLines')}</h2>
      {otherLines.map((line) => (
        <HelpLineCard key={line.id} line={line} />
      ))}
      {notes?.map((note) => (
        <p key={note} className="source">
          {note}
        </p>
      ))}
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
