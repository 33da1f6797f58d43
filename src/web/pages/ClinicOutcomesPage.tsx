import type { z } from 'zod';
import type { ZOutcomesSchema } from '../../domain/treatment/treatment-api.js';
import { useClient } from '../api/client-context.js';
import { useOutcomes } from '../clinic/clinic-queries.js';
import { FormError } from '../components/FormError.js';
import { messages, t } from '../i18n/t.js';
import { Link } from '../router.js';

type Outcomes = z.output<typeof ZOutcomesSchema>;
type Group = Outcomes['groups'][number];
type Cell = Group['measures']['response6'];
const MEASURE_NAMES = ['response6', 'response12', 'remission12'] as const;

const percent = (value: number) =>
  messages.number(value, { style: 'percent', maximumFractionDigits: 0 });
const productLabel = (product: string) => messages.fromData(`clinic.product.${product}`) ?? product;

function cellWords(cell: Cell): string {
  if (cell.suppressed) return t('clinic.outcomes.fewerThan5');
  return t('clinic.outcomes.rate', {
    met: cell.met,
    counted: cell.counted,
    rate: percent(cell.rate),
    low: percent(cell.ci95[0]),
    high: percent(cell.ci95[1]),
  });
}

/**
 * The clinic's depression outcomes across the clients who share their self-checks: totals
 * only, cells of fewer than 5 people suppressed, each measure with its definition's source.
 */
export function ClinicOutcomesPage() {
  const outcomes = useOutcomes();
  const client = useClient();
  return (
    <section className="clinic-outcomes">
      <p>
        <Link href="/clinic">{t('clinic.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('clinic.outcomes.title')}</h1>
      <p>{t('clinic.outcomes.intro')}</p>
      {outcomes.isPending && <p>{t('common.loading')}</p>}
      <FormError error={outcomes.error} />
      {outcomes.data?.groups.map((group) => (
        <section
          key={group.product}
          aria-labelledby={`outcomes-${group.product}`}
          data-testid="outcome-group"
        >
          <h2 id={`outcomes-${group.product}`}>{productLabel(group.product)}</h2>
          <p>
            {t('clinic.outcomes.courses', {
              count: group.courses ?? t('clinic.outcomes.fewerThan5'),
            })}
          </p>
          <dl className="outcome-measures">
            {MEASURE_NAMES.map((name) => (
              <div key={name}>
                <dt>{t(`clinic.outcomes.measure.${name}`)}</dt>
                <dd>{cellWords(group.measures[name])}</dd>
                {outcomes.data.sources[name] && (
                  <dd className="hint">
                    {t('clinic.session.source', { source: outcomes.data.sources[name] })}
                  </dd>
                )}
              </div>
            ))}
          </dl>
          <p>
            {group.bladder.suppressed
              ? t('clinic.outcomes.bladder', { figures: t('clinic.outcomes.fewerThan5') })
              : t('clinic.outcomes.bladder', {
                  figures: t('clinic.outcomes.bladderFigures', {
                    baseline: messages.number(group.bladder.medianBaseline),
                    latest: messages.number(group.bladder.medianLatest),
                    rose: group.bladder.rose,
                    fell: group.bladder.fell,
                    counted: group.bladder.counted,
                  }),
                })}
          </p>
          {outcomes.data.sources.bladder && (
            <p className="hint">
              {t('clinic.session.source', { source: outcomes.data.sources.bladder })}
            </p>
          )}
          <p>
            {t('clinic.outcomes.median', {
              value:
                group.medianSessionsToResponse === null
                  ? t('clinic.outcomes.fewerThan5')
                  : messages.number(group.medianSessionsToResponse),
            })}
          </p>
        </section>
      ))}
      <p className="hint">{t('clinic.outcomes.suppressedHint')}</p>
      <p>
        <a href={client.outcomesCsvUrl()} download="ketalog-outcomes.csv" className="button">
          {t('clinic.outcomes.csv')}
        </a>
      </p>
    </section>
  );
}
