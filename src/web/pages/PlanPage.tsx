import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import type { PlanInput } from '../../domain/log/log-api.js';
import { PLAN_GOALS, type PlanGoal } from '../../domain/log/vocabulary.js';
import type { Plan, PlanWithProgress } from '../../server/services/recovery.js';
import { api } from '../api/client.js';
import { Field } from '../components/Field.js';
import { fieldError, FormError } from '../components/FormError.js';
import { TextAreaField } from '../components/TextAreaField.js';
import { t } from '../i18n/t.js';
import { logKeys, usePlan } from '../log/log-queries.js';
import { goalLabels } from '../log/vocabulary-labels.js';
import { todayIn } from '../log/zoned-time.js';

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
          {plan.data.progress && <Progress progress={plan.data.progress} />}
          <PlanForm
            key={plan.data.plan?.updatedAt ?? 'new'}
            plan={plan.data.plan}
            today={todayIn(account.profile.timeZone)}
          />
        </>
      ) : (
        !plan.isError && <p>{t('common.loading')}</p>
      )}
    </section>
  );
}

function Progress({ progress }: { progress: NonNullable<PlanWithProgress['progress']> }) {
  return (
    <section aria-labelledby="progress-title" className="progress-card">
      <h2 id="progress-title">{t('log.plan.progressTitle')}</h2>
      <ul>
        <li>{t('log.plan.planDays', { days: progress.planDays })}</li>
        <li>
          {progress.daysSinceLastUse === null
            ? t('log.plan.noUseSinceStart')
            : t('log.plan.daysSinceLastUse', { days: progress.daysSinceLastUse })}
        </li>
        <li>{t('log.plan.currentStreak', { days: progress.currentStreakDays })}</li>
        <li>{t('log.plan.longestStreak', { days: progress.longestStreakDays })}</li>
        <li>{t('log.plan.lapses', { count: progress.lapses })}</li>
        {progress.moneyNotSpent !== undefined && (
          <li>
            {t('log.plan.moneyNotSpent', {
              amount: new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(
                progress.moneyNotSpent,
              ),
            })}
          </li>
        )}
      </ul>
      {progress.lapses > 0 && <p className="kind">{t('log.plan.lapseKindly')}</p>}
    </section>
  );
}

function PlanForm({ plan, today }: { plan: Plan | null; today: string }) {
  const queryClient = useQueryClient();
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
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
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
    };
    try {
      const result = await api<PlanWithProgress>('PUT', '/api/plan', body);
      setSaved(true);
      queryClient.setQueryData(logKeys.plan, result);
      await queryClient.invalidateQueries({ queryKey: logKeys.risk });
    } catch (caught) {
      setError(caught);
    }
  };

  const updatePerson = (index: number, change: Partial<Person>) =>
    setPeople(people.map((person, i) => (i === index ? { ...person, ...change } : person)));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="log-form">
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
              maxLength={80}
              value={person.name}
              onChange={(event) => updatePerson(index, { name: event.target.value })}
            />
            <Field
              label={t('log.plan.personPhone', { number: index + 1 })}
              type="tel"
              maxLength={40}
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
        min={0}
        step="any"
        value={price}
        onChange={(event) => setPrice(event.target.value)}
        error={fieldError(error, 'pricePerGram')}
      />
      <FormError
        error={error}
        fields={{ startDate: t('log.plan.startDate'), pricePerGram: t('log.plan.price') }}
      />
      {saved && <p role="status">{t('log.plan.saved')}</p>}
      <button type="submit" className="primary">
        {t('log.plan.save')}
      </button>
    </form>
  );
}
