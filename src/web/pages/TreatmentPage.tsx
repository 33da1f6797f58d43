import { useState } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import type { PathwayAnswer } from '../../domain/pathway/pathway-api.js';
import { usePathway } from '../help/help-queries.js';
import type { MessageKey } from '../i18n/t.js';
import { t } from '../i18n/t.js';
import { Link } from '../router.js';
import {
  CountrySelect,
  HelpLineLinks,
  HelpPageLoading,
  SourcesAndReview,
} from '../components/HelpParts.js';

type InAppFeature = NonNullable<PathwayAnswer['steps'][number]['inApp']>;

/** Parts of Ketalog a step can open; a feature without a page yet gets no link. */
const inAppLinks: Partial<Record<InAppFeature, { href: string; label: MessageKey }>> = {
  'self-check': { href: '/self-check', label: 'treatment.inApp.self-check' },
};

/** From taking stock to aftercare: what each step involves and how to reach it here. */
export function TreatmentPage({ account }: { account: Account | null }) {
  const [country, setCountry] = useState<string | undefined>(undefined);
  const query = usePathway(country, account?.profile.country);
  const pathway = query.data;
  if (!pathway) {
    return <HelpPageLoading title={t('treatment.title')} query={query} />;
  }
  return (
    <section className="treatment">
      <h1 tabIndex={-1}>{pathway.title}</h1>
      <p>{pathway.intro}</p>
      <CountrySelect
        label={t('treatment.country')}
        value={pathway.country}
        available={pathway.available}
        onChange={setCountry}
      />
      <ol className="pathway-steps">
        {pathway.steps.map((step) => {
          const inApp = step.inApp ? inAppLinks[step.inApp] : undefined;
          return (
            <li key={step.id} className="pathway-step">
              <h2>{step.title}</h2>
              <p>{step.summary}</p>
              <h3>{t('treatment.involves')}</h3>
              <ul>
                {step.involves.map((item) => (
                  <li key={item.text}>{item.text}</li>
                ))}
              </ul>
              <h3>{t('treatment.expect')}</h3>
              <ul>
                {step.whatToExpect.map((item) => (
                  <li key={item.text}>{item.text}</li>
                ))}
              </ul>
              <h3>{t('treatment.reach', { country: pathway.countryName })}</h3>
              <p>{step.reach.text}</p>
              {step.lines.map((line) => (
                <HelpLineLinks key={line.id} line={line} />
              ))}
              {step.reach.links && (
                <ul>
                  {step.reach.links.map((link) => (
                    <li key={link.url}>
                      <a href={link.url} rel="noopener noreferrer">
                        {link.title}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {inApp && (
                <p>
                  <Link href={inApp.href} className="button">
                    {t(inApp.label)}
                  </Link>
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <SourcesAndReview
        title={t('treatment.sources')}
        sources={pathway.sources}
        lastReviewed={pathway.lastReviewed}
      />
    </section>
  );
}
