import { useRef, useState, type FormEvent } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import type { GuidanceAction } from '../../domain/family/observer-checklist-schema.js';
import type { ObserverGuidance } from '../../domain/family/score-observer-checklist.js';
import type { SourceEntry } from '../../domain/help/source-references.js';
import type { FamilyGuideAnswer } from '../../domain/family/family-api.js';
import { useFamilyGuide } from '../help/help-queries.js';
import { t } from '../i18n/t.js';
import { Link } from '../router.js';
import {
  CountrySelect,
  HelpLineLinks,
  HelpPageLoading,
  SourcesAndReview,
} from '../components/HelpParts.js';

/** Where each guidance action leads: help lines, the conversation tips, articles, treatment. */
const actionTargets: Record<GuidanceAction, string> = {
  emergency: '/help',
  'crisis-line': '/help',
  'urgent-medical': '/help',
  talk: '#family-talk',
  learn: '/learn/families-and-friends',
  'drug-line': '/help',
  'see-doctor': '/treatment',
  'family-support': '#family-support',
};

/** "Worried about someone?": no account needed, nothing the visitor enters is stored. */
export function FamilyPage({ account }: { account: Account | null }) {
  const [country, setCountry] = useState<string | undefined>(undefined);
  const query = useFamilyGuide(country, account?.profile.country);
  const guide = query.data;
  if (!guide) {
    return <HelpPageLoading title={t('family.title')} query={query} />;
  }
  const sources = uniqueSources([...guide.sources, ...guide.checklist.sources]);
  return (
    <section className="family">
      <h1 tabIndex={-1}>{guide.title}</h1>
      <p>{guide.intro}</p>

      <h2>{t('family.signs')}</h2>
      <p className="hint">{t('family.signsNote')}</p>
      {guide.signGroups.map((group) => (
        <section key={group.id} aria-labelledby={`signs-${group.id}`}>
          <h3 id={`signs-${group.id}`}>{group.title}</h3>
          <ul>
            {group.signs.map((sign) => (
              <li key={sign.text}>{sign.text}</li>
            ))}
          </ul>
        </section>
      ))}

      <h2 id="family-talk">{guide.conversation.title}</h2>
      <ul>
        {guide.conversation.tips.map((tip) => (
          <li key={tip.text}>{tip.text}</li>
        ))}
      </ul>

      <h2>{guide.selfCare.title}</h2>
      <ul>
        {guide.selfCare.tips.map((tip) => (
          <li key={tip.text}>{tip.text}</li>
        ))}
      </ul>

      <h2 id="family-support">{t('family.support', { country: guide.countryName })}</h2>
      <CountrySelect
        label={t('family.country')}
        value={guide.country}
        available={guide.available}
        onChange={setCountry}
      />
      {guide.support.options.map((option) => (
        <article key={option.line?.id ?? option.name} className="line-card">
          {option.line ? (
            <HelpLineLinks line={option.line} />
          ) : (
            <p className="line-name">
              <a href={option.web} rel="noopener noreferrer">
                {option.name}
              </a>
            </p>
          )}
          <p>{option.summary}</p>
        </article>
      ))}
      {guide.support.note && <p className="source">{guide.support.note}</p>}

      <ObserverChecklistForm checklist={guide.checklist} />

      <SourcesAndReview
        title={t('family.sources')}
        sources={sources}
        lastReviewed={guide.lastReviewed}
      />
    </section>
  );
}

function uniqueSources(sources: SourceEntry[]): SourceEntry[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return [...byId.values()];
}

function ObserverChecklistForm({ checklist }: { checklist: FamilyGuideAnswer['checklist'] }) {
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [result, setResult] = useState<ObserverGuidance | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // Scored on the device (the scorer loads with the first answer): what a worried visitor
  // ticks is never sent.
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { scoreObserverChecklist } =
      await import('../../domain/family/score-observer-checklist.js');
    setResult(scoreObserverChecklist({ checklist, answers }));
    requestAnimationFrame(() => resultHeading.current?.focus());
  };
  return (
    <section aria-labelledby="observer-checklist">
      <h2 id="observer-checklist">{checklist.title}</h2>
      <p>{checklist.intro}</p>
      <form onSubmit={(event) => void onSubmit(event)} data-testid="observer-checklist">
        <fieldset className="checklist">
          <legend>{t('family.checklistLegend')}</legend>
          {checklist.items.map((item) => (
            <label key={item.id} className="check-item">
              <input
                type="checkbox"
                name={item.id}
                checked={answers[item.id] === true}
                onChange={(event) =>
                  setAnswers((current) => ({ ...current, [item.id]: event.target.checked }))
                }
              />
              <span>{item.question}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary">
          {t('family.checklistSubmit')}
        </button>
      </form>
      {result && (
        <div
          className={`guidance guidance-${result.tier}`}
          data-testid="guidance"
          data-tier={result.tier}
        >
          <h3 tabIndex={-1} ref={resultHeading}>
            {result.guidance.title}
          </h3>
          <p>{result.guidance.message}</p>
          <h4>{t('family.guidanceHeading')}</h4>
          <ul>
            {result.guidance.nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
          <p className="actions">
            {result.guidance.actions.map((action) => {
              const target = actionTargets[action];
              const label = t(`family.action.${action}`);
              return target.startsWith('#') ? (
                <a key={action} href={target} className="button">
                  {label}
                </a>
              ) : (
                <Link key={action} href={target} className="button">
                  {label}
                </Link>
              );
            })}
          </p>
          <p className="hint">{t('family.guidanceNote')}</p>
        </div>
      )}
    </section>
  );
}
