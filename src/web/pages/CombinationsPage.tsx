import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  interactionLevels,
  type InteractionCheck,
  type InteractionPair,
} from '../../domain/interactions/index.js';
import { api } from '../api/client.js';
import { Field } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';
import { levelLabels } from '../log/vocabulary-labels.js';
import { Link } from '../router.js';

/** The combination checker: no account, every pair colour-coded and named in words. */
export function CombinationsPage() {
  const [substances, setSubstances] = useState<string[]>(['ketamine']);
  const [draft, setDraft] = useState('');
  const check = useQuery({
    queryKey: ['interactions', substances],
    queryFn: () => api<InteractionCheck>('POST', '/api/interactions/check', { substances }),
    enabled: substances.length >= 2,
  });

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // "alcohol, xanax" adds two at once.
    const names = draft
      .split(/[,+]/)
      .map((name) => name.trim())
      .filter(
        (name) => name && !substances.some((known) => known.toLowerCase() === name.toLowerCase()),
      );
    if (names.length > 0) setSubstances([...substances, ...names].slice(0, 20));
    setDraft('');
  };

  return (
    <section>
      <h1 tabIndex={-1}>{t('log.combo.title')}</h1>
      <p>{t('log.combo.intro')}</p>
      <form onSubmit={add} className="chip-form">
        <Field
          label={t('log.combo.add')}
          hint={t('log.combo.addHint')}
          name="substance"
          maxLength={80}
          autoComplete="off"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit">{t('log.combo.addButton')}</button>
      </form>
      <ul className="chips" aria-label={t('log.combo.listLabel')}>
        {substances.map((name) => (
          <li key={name} className="chip">
            <span>{name}</span>
            <button
              type="button"
              aria-label={t('log.combo.remove', { name })}
              onClick={() => setSubstances(substances.filter((other) => other !== name))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {substances.length < 2 && <p>{t('log.combo.needTwo')}</p>}
      {check.isError && <FormError error={check.error} />}
      {substances.length >= 2 && check.data && <CheckResult result={check.data} />}
      <p className="source">{t('log.combo.noAdvice')}</p>
      <p>
        <Link href="/learn/combinations">{t('log.combo.article')}</Link>
      </p>
    </section>
  );
}

/** Worst first, so the pair to worry about is the one seen first. */
const bySeverity = (a: InteractionPair, b: InteractionPair) =>
  interactionLevels.indexOf(a.level) - interactionLevels.indexOf(b.level);

function CheckResult({ result }: { result: InteractionCheck }) {
  return (
    <div aria-live="polite">
      <p className={`overall level-${result.overall}`} data-testid="overall-level">
        {t('log.combo.overall', { level: t(levelLabels[result.overall]) })}
      </p>
      {result.notes.map((note) => (
        <p key={note} className="inline-warning">
          {note}
        </p>
      ))}
      {result.resolved.some(
        (entry) => entry.input.toLowerCase() !== entry.substance.toLowerCase(),
      ) && (
        <ul className="resolved-list">
          {result.resolved
            .filter((entry) => entry.input.toLowerCase() !== entry.substance.toLowerCase())
            .map((entry) => (
              <li key={entry.input}>
                {t('log.combo.resolved', {
                  input: entry.input,
                  substance: entry.substance,
                  class: entry.class,
                })}
              </li>
            ))}
        </ul>
      )}
      <ul className="pairs">
        {[...result.pairs].sort(bySeverity).map((pair) => (
          <li key={`${pair.a}+${pair.b}`}>
            <PairCard pair={pair} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function PairCard({ pair }: { pair: InteractionPair }) {
  return (
    <article className={`pair level-${pair.level}`} data-testid="pair" data-level={pair.level}>
      <h2>
        {pair.a} + {pair.b}: <span className="level-name">{t(levelLabels[pair.level])}</span>
      </h2>
      <h3>{t('log.combo.what')}</h3>
      <p>{pair.what}</p>
      <h3>{t('log.combo.todo')}</h3>
      <p>{pair.todo}</p>
      {pair.sources.length > 0 && (
        <p className="source">
          {t('log.combo.sources')}:{' '}
          {pair.sources.map((source, index) => (
            <span key={source.title}>
              {index > 0 && ' · '}
              <a href={source.url}>{source.title}</a>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
