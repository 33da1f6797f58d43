import { useMemo, useState, type FormEvent } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import { ZPlanInputSchema, type PlanInput } from '../../domain/log/log-api.js';
import { PLAN_GOALS, type PlanGoal } from '../../domain/log/vocabulary.js';
import { MILESTONE_DAYS, milestonesOf } from '../../domain/recovery/index.js';
import type { Plan, PlanWithProgress } from '../../domain/recovery/recovery-api.js';
import { Field } from '../components/Field.js';
import { fieldError, FormError } from '../components/FormError.js';
import { SelectField } from '../components/SelectField.js';
import { TextAreaField } from '../components/TextAreaField.js';
import { currenciesByName, currencyGuess, formatMoney } from '../i18n/money.js';
import { t, tPlural } from '../i18n/t.js';
import { usePlan, useSavePlan } from '../log/log-queries.js';
import { goalLabels } from '../log/vocabulary-labels.js';
import { todayIn } from '../log/zoned-time.js';
import { inputLimits } from '../components/input-limits.js';

/** A person to call, as the plan's schema takes them: the name and phone limits. */
const personSchema = ZPlanInputSchema.shape.people.unwrap().element;

type Person = { name: string; phone: string };

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function PlanPage({ account }: { account: Account }) {
  const plan = usePlan();
  return (
    <section className="plan">
      <h1 tabIndex={-1}>{t('log.plan.title')}</h1>
      <p>{t('log.plan.intro')}</p>
      {plan.isError && <FormError error={plan.error} />}
      {plan.data ? (
        <>
          {plan.data.progress && (
            <Progress progress={plan.data.progress} currency={plan.data.plan?.currency} />
          )}
          <PlanForm
            key={plan.data.plan?.updatedAt ?? 'new'}
            plan={plan.data.plan}
            today={todayIn(account.profile.timeZone)}
            country={account.profile.country}
          />
        </>
      ) : (
        !plan.isError && <p>{t('common.loading')}</p>
      )}
    </section>
  );
}

function Progress({
  progress,
  currency,
}: {
  progress: NonNullable<PlanWithProgress['progress']>;
  currency: string | undefined;
}) {
  const milestones = milestonesOf(progress.currentStreakDays);
  return (
    <section aria-labelledby="progress-title" className="progress-card" data-testid="plan-progress">
      <h2 id="progress-title">{t('log.plan.progressTitle')}</h2>
      <ul>
        <li>{tPlural('plan.progress.planDays', progress.planDays)}</li>
        <li>
          {progress.daysSinceLastUse === null
            ? t('log.plan.noUseSinceStart')
            : tPlural('plan.progress.sinceLastUse', progress.daysSinceLastUse)}
        </li>
        <li>{tPlural('plan.progress.currentStreak', progress.currentStreakDays)}</li>
        <li>{tPlural('plan.progress.longestStreak', progress.longestStreakDays)}</li>
        <li>{t('log.plan.lapses', { count: progress.lapses })}</li>
        {progress.moneyNotSpent !== undefined && (
          <li data-testid="money-not-spent">
            {t('log.plan.moneyNotSpent', { amount: formatMoney(progress.moneyNotSpent, currency) })}
          </li>
        )}
        {progress.moneyNeedsUsualAmount && <li>{t('plan.progress.moneyNeedsUsual')}</li>}
      </ul>
      <h3>{t('plan.milestones.title')}</h3>
      <ol className="milestones" data-testid="milestones">
        {MILESTONE_DAYS.map((days) => (
          <li key={days} className={milestones.reached.includes(days) ? 'reached' : undefined}>
            {tPlural('time.days', days)}
            {milestones.reached.includes(days) && (
              <span className="visually-hidden"> {t('plan.milestones.reached')}</span>
            )}
          </li>
        ))}
      </ol>
      {milestones.next !== null && milestones.daysToNext !== null && (
        <p>
          {tPlural('plan.milestones.toNext', milestones.daysToNext, {
            next: tPlural('time.days', milestones.next),
          })}
        </p>
      )}
      {progress.lapses > 0 && <p className="kind">{t('log.plan.lapseKindly')}</p>}
    </section>
  );
}

function PlanForm({
  plan,
  today,
  country,
}: {
  plan: Plan | null;
  today: string;
  country: string | null;
}) {
  const savePlan = useSavePlan();
  const [goal, setGoal] = useState<PlanGoal>(plan?.goal ?? 'stop');
  const [startDate, setStartDate] = useState(plan?.startDate ?? today);
  const [reasons, setReasons] = useState((plan?.reasons ?? []).join('\n'));
  const [triggers, setTriggers] = useState((plan?.triggers ?? []).join('\n'));
  const [copingSteps, setCopingSteps] = useState((plan?.copingSteps ?? []).join('\n'));
  const [people, setPeople] = useState<Person[]>(() =>
    (plan?.people ?? []).map((person) => ({ name: person.name, phone: person.phone ?? '' })),
  );
  const [price, setPrice] = useState(
    plan?.pricePerGram === undefined ? '' : String(plan.pricePerGram),
  );
  const [currency, setCurrency] = useState(plan?.currency ?? currencyGuess(country) ?? '');
  const [usualGrams, setUsualGrams] = useState(
    plan?.usualGramsPerWeek === undefined ? '' : String(plan.usualGramsPerWeek),
  );
  const currencies = useMemo(() => currenciesByName(), []);
  const { error, isSuccess: saved } = savePlan;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: PlanInput = {
      goal,
      startDate,
      reasons: lines(reasons),
      triggers: lines(triggers),
      copingSteps: lines(copingSteps),
      people: people
        .filter((person) => person.name.trim())
        .map((person) => ({
          name: person.name.trim(),
          ...(person.phone.trim() ? { phone: person.phone.trim() } : {}),
        })),
      ...(price.trim() ? { pricePerGram: Number(price) } : {}),
      ...(currency ? { currency } : {}),
      ...(usualGrams.trim() ? { usualGramsPerWeek: Number(usualGrams) } : {}),
    };
    savePlan.mutate(body);
  };

  const updatePerson = (index: number, change: Partial<Person>) =>
    setPeople(people.map((person, i) => (i === index ? { ...person, ...change } : person)));

  return (
    <form onSubmit={submit} noValidate className="log-form">
      <fieldset>
        <legend>{t('log.plan.goal')}</legend>
        {PLAN_GOALS.map((value) => (
          <label key={value} className="check">
            <input
              type="radio"
              name="goal"
              value={value}
              checked={goal === value}
              onChange={() => setGoal(value)}
            />
            <span>{t(goalLabels[value])}</span>
          </label>
        ))}
      </fieldset>
      <Field
        label={t('log.plan.startDate')}
        type="date"
        max={today}
        value={startDate}
        onChange={(event) => setStartDate(event.target.value)}
        error={fieldError(error, 'startDate')}
      />
      <TextAreaField
        label={t('log.plan.reasons')}
        hint={t('log.plan.onePerLine')}
        value={reasons}
        onChange={(event) => setReasons(event.target.value)}
      />
      <TextAreaField
        label={t('log.plan.triggers')}
        hint={t('log.plan.onePerLine')}
        value={triggers}
        onChange={(event) => setTriggers(event.target.value)}
      />
      <TextAreaField
        label={t('log.plan.copingSteps')}
        hint={t('log.plan.onePerLine')}
        value={copingSteps}
        onChange={(event) => setCopingSteps(event.target.value)}
      />
      <fieldset>
        <legend>{t('log.plan.people')}</legend>
        {people.map((person, index) => (
          <div key={index} className="field-pair person">
            <Field
              label={t('log.plan.personName', { number: index + 1 })}
              {...inputLimits(personSchema.shape.name)}
              value={person.name}
              onChange={(event) => updatePerson(index, { name: event.target.value })}
            />
            <Field
              label={t('log.plan.personPhone', { number: index + 1 })}
              type="tel"
              {...inputLimits(personSchema.shape.phone)}
              value={person.phone}
              onChange={(event) => updatePerson(index, { phone: event.target.value })}
            />
            <button
              type="button"
              className="link-button"
              onClick={() => setPeople(people.filter((_, i) => i !== index))}
            >
              {t('log.plan.removePerson', { number: index + 1 })}
            </button>
          </div>
        ))}
        {people.length < 10 && (
          <button type="button" onClick={() => setPeople([...people, { name: '', phone: '' }])}>
            {t('log.plan.addPerson')}
          </button>
        )}
      </fieldset>
      <Field
        label={t('log.plan.price')}
        hint={t('log.plan.priceHint')}
        type="number"
        inputMode="decimal"
        {...inputLimits(ZPlanInputSchema.shape.pricePerGram)}
        step="any"
        value={price}
        onChange={(event) => setPrice(event.target.value)}
        error={fieldError(error, 'pricePerGram')}
      />
      <SelectField
        label={t('plan.currency')}
        name="currency"
        value={currency}
        onChange={(event) => setCurrency(event.target.value)}
        options={[
          { value: '', label: t('plan.currencyNone') },
          ...currencies.map(({ code, name }) => ({ value: code, label: name })),
        ]}
      />
      <Field
        label={t('plan.usualGrams')}
        hint={t('plan.usualGramsHint')}
        type="number"
        inputMode="decimal"
        {...inputLimits(ZPlanInputSchema.shape.usualGramsPerWeek)}
        step="any"
        value={usualGrams}
        onChange={(event) => setUsualGrams(event.target.value)}
        error={fieldError(error, 'usualGramsPerWeek')}
      />
      <FormError
        error={error}
        fields={{
          startDate: t('log.plan.startDate'),
          pricePerGram: t('log.plan.price'),
          usualGramsPerWeek: t('plan.usualGrams'),
        }}
      />
      {saved && <p role="status">{t('log.plan.saved')}</p>}
      <button type="submit" className="primary">
        {t('log.plan.save')}
      </button>
    </form>
  );
}
