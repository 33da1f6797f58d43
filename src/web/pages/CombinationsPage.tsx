import { useMemo, useState, type FormEvent, type MouseEvent } from 'react';
import {
  checkInteractions,
  findSubstanceClass,
  interactionLevels,
  maxSubstanceNameLength,
  maxSubstancesPerCheck,
  type InteractionCheck,
  type InteractionPair,
} from '../../domain/interactions/index.js';
import { Field } from '../components/Field.js';
import { t } from '../i18n/t.js';
import { levelLabels, levelShortLabels } from '../log/vocabulary-labels.js';
import { Link } from '../router.js';

/**
 * The combination checker: no account, every pair colour-coded and named in words. Checked
 * on the device with the bundled data: what someone plans to mix is never sent.
 */
export function CombinationsPage() {
  const [substances, setSubstances] = useState<string[]>(['ketamine']);
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | undefined>();
  const check = useMemo(
    () => (substances.length >= 2 ? checkInteractions(substances) : null),
    [substances],
  );

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // "alcohol, xanax" adds two at once.
    const names: string[] = [];
    for (const name of draft.split(/[,+]/).map((part) => part.trim())) {
      const isNew = ![...substances, ...names].some(
        (known) => known.toLowerCase() === name.toLowerCase(),
      );
      if (name && isNew) names.push(name);
    }
    // Say what is wrong and keep what was typed: never cut a name or drop a substance.
    const tooLong = names.find((name) => name.length > maxSubstanceNameLength);
    if (tooLong !== undefined) {
      setDraftError(
        t('log.combo.tooLong', {
          start: tooLong.slice(0, 24),
          length: tooLong.length,
          max: maxSubstanceNameLength,
        }),
      );
      return;
    }
    const count = substances.length + names.length;
    if (count > maxSubstancesPerCheck) {
      setDraftError(t('log.combo.tooMany', { max: maxSubstancesPerCheck, count }));
      return;
    }
    setDraftError(undefined);
    if (names.length > 0) setSubstances([...substances, ...names]);
    setDraft('');
  };

  return (
    <section>
      <h1 tabIndex={-1}>{t('log.combo.title')}</h1>
      <p>{t('log.combo.intro')}</p>
      <form onSubmit={add} className="chip-form" noValidate>
        <Field
          label={t('log.combo.add')}
          hint={t('log.combo.addHint')}
          error={draftError}
          name="substance"
          autoComplete="off"
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            setDraftError(undefined);
          }}
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
      {check && <CheckResult result={check} />}
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

/** Where a pair's details are on the page, whichever way round it is named. */
function pairAnchor(result: InteractionCheck, pair: { a: string; b: string }): string {
  const indexes = [pair.a, pair.b]
    .map((name) => result.substances.indexOf(name))
    .sort((x, y) => x - y);
  return `pair-${indexes.join('-')}`;
}

function CheckResult({ result }: { result: InteractionCheck }) {
  return (
    <div aria-live="polite" className="combo-result">
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
                  class: findSubstanceClass(entry.class)?.name ?? entry.class,
                })}
              </li>
            ))}
        </ul>
      )}
      {result.substances.length >= 3 && <PairGrid result={result} />}
      <ul className="pairs">
        {[...result.pairs].sort(bySeverity).map((pair) => (
          <li key={`${pair.a}+${pair.b}`}>
            <PairCard pair={pair} anchor={pairAnchor(result, pair)} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Every pair at a glance: a real table (row and column headers), colour plus words. */
function PairGrid({ result }: { result: InteractionCheck }) {
  const pairByAnchor = new Map(result.pairs.map((pair) => [pairAnchor(result, pair), pair]));
  const showDetails = (event: MouseEvent<HTMLAnchorElement>, anchor: string) => {
    const card = document.getElementById(anchor);
    if (!card) return;
    event.preventDefault();
    card.scrollIntoView({ block: 'start' });
    card.focus({ preventScroll: true });
  };
  return (
    <section className="combo-grid" aria-labelledby="combo-grid-title">
      <h2 id="combo-grid-title">{t('log.combo.gridTitle')}</h2>
      <p>{t('log.combo.gridCaption')}</p>
      <div
        className="combo-grid-scroll"
        role="region"
        aria-labelledby="combo-grid-title"
        tabIndex={0}
      >
        <table aria-labelledby="combo-grid-title">
          <thead>
            <tr>
              <td />
              {result.substances.map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.substances.map((rowName) => (
              <tr key={rowName}>
                <th scope="row">{rowName}</th>
                {result.substances.map((columnName) => {
                  if (columnName === rowName) {
                    return (
                      <td key={columnName} className="same">
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{t('log.combo.gridSame')}</span>
                      </td>
                    );
                  }
                  const anchor = pairAnchor(result, { a: rowName, b: columnName });
                  const pair = pairByAnchor.get(anchor);
                  if (!pair) return <td key={columnName} />;
                  return (
                    <td key={columnName} className={`level-${pair.level}`} data-level={pair.level}>
                      <a href={`#${anchor}`} onClick={(event) => showDetails(event, anchor)}>
                        {t(levelShortLabels[pair.level])}
                      </a>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function PairCard({ pair, anchor }: { pair: InteractionPair; anchor: string }) {
  return (
    <article
      id={anchor}
      tabIndex={-1}
      className={`pair level-${pair.level}`}
      data-testid="pair"
      data-level={pair.level}
    >
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
