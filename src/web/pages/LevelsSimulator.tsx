import { useState, type FormEvent } from 'react';
import { ROUTES, type Route } from '../../domain/log/vocabulary.js';
import { ZRegimenSchema, type SimulationResult } from '../../domain/pk/index.js';
import { fieldDetail } from '../api/describe-error.js';
import { Field } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { formatClock } from '../components/LevelsChartTable.js';
import { SelectField } from '../components/SelectField.js';
import { routeLabels } from '../log/vocabulary-labels.js';
import { t } from '../i18n/t.js';
import { Link } from '../router.js';
import { LevelsChartSlot } from './LevelsChartSlot.js';
import { LevelsModelNote } from './LevelsModelNote.js';
import { LevelsWarning } from './LevelsWarning.js';
import { inputLimits } from '../components/input-limits.js';

type DoseRow = { key: number; mg: string; route: Route; atMin: string };

/** The curve runs 12 hours past the last dose; a visitor's simulation allows 2 days and 20,000 points. */
const afterLastDoseMin = 12 * 60;

/** Every route the dose log knows; the blood-level model has data for each. */
export const routeOptions = () =>
  ROUTES.map((route) => ({ value: route, label: t(routeLabels[route]) }));

let nextRowKey = 1;
const newRow = (atMin: string): DoseRow => ({
  key: nextRowKey++,
  mg: '',
  route: 'insufflated',
  atMin,
});

/** The message for one field of the regimen, if the simulation refused it. */
const regimenFieldError = (error: unknown, path: string) => fieldDetail(error, path)?.message;

/**
 * For visitors without an account: doses entered by hand, as if the first were taken now,
 * simulated on the device (the engine loads with the first estimate; the doses are never
 * sent). Amount fields start empty: the page never proposes one.
 */
export function LevelsSimulator() {
  const [weightKg, setWeightKg] = useState('70');
  const [rows, setRows] = useState<DoseRow[]>(() => [newRow('0')]);
  const [outcome, setOutcome] = useState<{ result: SimulationResult; startMs: number } | null>(
    null,
  );
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const change = (key: number, changes: Partial<DoseRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...changes } : row)));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setPending(true);
    const doses = rows.map((row) => ({
      atMin: Number(row.atMin || 0),
      mg: Number(row.mg),
      route: row.route,
    }));
    const untilMin = Math.max(0, ...doses.map((dose) => dose.atMin)) + afterLastDoseMin;
    try {
      const { simulateWithinLimits } = await import('../../domain/pk/simulate-within-limits.js');
      const result = simulateWithinLimits({
        weightKg: Number(weightKg),
        doses,
        untilMin,
        stepMin: untilMin > 24 * 60 ? 2 : 1,
      });
      setOutcome({ result, startMs: Date.now() });
    } catch (caught) {
      setError(caught);
      setOutcome(null);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <p>
        <Link href="/sign-in" className="button">
          {t('levels.signIn')}
        </Link>
      </p>
      <section aria-labelledby="levels-simulator">
        <h2 id="levels-simulator">{t('levels.sim.title')}</h2>
        <p>{t('levels.sim.intro')}</p>
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <Field
            label={t('levels.sim.weight')}
            name="weightKg"
            type="number"
            inputMode="decimal"
            {...inputLimits(ZRegimenSchema.shape.weightKg)}
            value={weightKg}
            onChange={(event) => setWeightKg(event.target.value)}
            error={regimenFieldError(error, 'weightKg')}
          />
          {rows.map((row, index) => (
            <fieldset key={row.key} className="levels-dose">
              <legend>{t('levels.sim.dose', { n: index + 1 })}</legend>
              <Field
                label={t('levels.sim.mg')}
                type="number"
                inputMode="decimal"
                min={0}
                value={row.mg}
                onChange={(event) => change(row.key, { mg: event.target.value })}
                error={regimenFieldError(error, `doses[${index}].mg`)}
              />
              <SelectField
                label={t('levels.sim.route')}
                options={routeOptions()}
                value={row.route}
                onChange={(event) => change(row.key, { route: event.target.value as Route })}
              />
              <Field
                label={t('levels.sim.atMin')}
                type="number"
                inputMode="numeric"
                min={0}
                value={row.atMin}
                onChange={(event) => change(row.key, { atMin: event.target.value })}
                error={regimenFieldError(error, `doses[${index}].atMin`)}
              />
              {rows.length > 1 && (
                <button
                  type="button"
                  onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                >
                  {t('levels.sim.remove', { n: index + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          <FormError error={error} />
          {regimenFieldError(error, 'model') && (
            <p className="form-error">{t('levels.sim.mixed')}</p>
          )}
          <p className="actions">
            <button type="button" onClick={() => setRows((current) => [...current, newRow('')])}>
              {t('levels.sim.add')}
            </button>
            <button type="submit" className="primary" disabled={pending}>
              {t('levels.sim.run')}
            </button>
          </p>
        </form>
        {outcome && <SimulatorOutcome {...outcome} timeZone={timeZone} />}
      </section>
    </>
  );
}

function SimulatorOutcome({
  result,
  startMs,
  timeZone,
}: {
  result: SimulationResult;
  startMs: number;
  timeZone: string;
}) {
  const highest = result.landmarks.filter((landmark) => landmark.reached).at(-1);
  const p95Max = Math.max(...result.band.p95NgPerMl);
  const anaesthetic = result.landmarks.find((landmark) => landmark.id === 'anaesthetic');
  let words = t('levels.sim.below');
  if (highest) {
    const band = t(`levels.band.${highest.id}`);
    words =
      highest.fallsBelowAtMin === null
        ? t('levels.sim.reachesLong', { band })
        : t('levels.sim.reaches', {
            band,
            time: formatClock(startMs + highest.fallsBelowAtMin * 60_000, timeZone),
          });
  }
  const risky = highest && highest.id !== 'analgesic' ? highest.id : null;
  return (
    <>
      <p className="levels-headline" data-testid="levels-headline">
        {words}
      </p>
      {risky && (
        <LevelsWarning
          headline={t(`levels.sim.warning.${risky}`)}
          detail={null}
          someCouldReachAnaesthetic={
            risky !== 'anaesthetic' && p95Max >= (anaesthetic?.lowerNgPerMl ?? Infinity)
          }
        />
      )}
      <LevelsChartSlot curve={result} startMs={startMs} nowMin={0} timeZone={timeZone} />
      <LevelsModelNote model={result.model} />
    </>
  );
}
