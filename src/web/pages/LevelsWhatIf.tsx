import { useState, type FormEvent } from 'react';
import type { Route } from '../../domain/log/vocabulary.js';
import type { Levels } from '../../domain/pk/pk-api.js';
import { ApiError } from '../api/client.js';
import { Field } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { formatClock } from '../components/LevelsChartTable.js';
import { SelectField } from '../components/SelectField.js';
import { t } from '../i18n/t.js';
import type { WhatIf } from '../log/log-queries.js';
import { routeOptions } from './LevelsSimulator.js';
import { LevelsWarning } from './LevelsWarning.js';

const whenChoices = [0, 30, 60, 120, 240] as const;
type WhenMin = (typeof whenChoices)[number];

/** The server's message for one what-if field, if it refused it. */
function queryFieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.details.find((detail) => detail.path === field)?.message;
}

/**
 * A hypothetical redose added to the curve, framed as a warning. The amount field starts
 * empty: the page never proposes an amount.
 */
export function LevelsWhatIf({
  whatIf,
  onChange,
  scenario,
  pending,
  error,
  timeZone,
}: {
  whatIf: WhatIf | null;
  onChange: (whatIf: WhatIf | null) => void;
  scenario: Levels | null;
  pending: boolean;
  error: unknown;
  timeZone: string;
}) {
  const [mg, setMg] = useState('');
  const [route, setRoute] = useState<Route>('insufflated');
  const [inMin, setInMin] = useState<WhenMin>(0);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ mg: Number(mg), route, inMin });
  };
  const showWarning = whatIf !== null && scenario !== null && !pending && !error;

  return (
    <section aria-labelledby="levels-what-if" className="levels-what-if">
      <h2 id="levels-what-if">{t('levels.whatIf.title')}</h2>
      <p>{t('levels.whatIf.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <Field
          label={t('levels.whatIf.mg')}
          name="whatIfMg"
          type="number"
          inputMode="decimal"
          min={0}
          value={mg}
          onChange={(event) => setMg(event.target.value)}
          error={queryFieldError(error, 'whatIfMg')}
        />
        <SelectField
          label={t('levels.whatIf.route')}
          options={routeOptions()}
          value={route}
          onChange={(event) => setRoute(event.target.value as Route)}
        />
        <SelectField
          label={t('levels.whatIf.when')}
          options={whenChoices.map((choice) => ({
            value: String(choice),
            label: t(`levels.when.${choice}`),
          }))}
          value={String(inMin)}
          onChange={(event) => setInMin(Number(event.target.value) as WhenMin)}
        />
        <FormError error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={pending}>
            {t('levels.whatIf.show')}
          </button>
          {whatIf && (
            <button type="button" onClick={() => onChange(null)}>
              {t('levels.whatIf.clear')}
            </button>
          )}
        </p>
      </form>
      {showWarning && <WhatIfWarning whatIf={whatIf} scenario={scenario} timeZone={timeZone} />}
    </section>
  );
}

function WhatIfWarning({
  whatIf,
  scenario,
  timeZone,
}: {
  whatIf: WhatIf;
  scenario: Levels;
  timeZone: string;
}) {
  const when = t(`levels.when.${whatIf.inMin as WhenMin}`);
  const band = scenario.summary.highestBandAhead;
  const fallsBelowAtMin = band
    ? (scenario.result.landmarks.find((landmark) => landmark.id === band)?.fallsBelowAtMin ?? null)
    : null;
  const detail =
    band && fallsBelowAtMin !== null
      ? t('levels.warning.until', {
          band: t(`levels.band.${band}`),
          time: formatClock(Date.parse(scenario.startAt) + fallsBelowAtMin * 60_000, timeZone),
        })
      : null;
  return (
    <LevelsWarning
      headline={t(band ? `levels.warning.${band}` : 'levels.warning.belowRanges', { when })}
      detail={detail}
      someCouldReachAnaesthetic={
        band !== 'anaesthetic' && scenario.summary.highestBandAheadP95 === 'anaesthetic'
      }
    />
  );
}
