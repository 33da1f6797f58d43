import { useState } from 'react';
import type { CaseloadEntry } from '../../domain/clinic/clinic-api.js';
import { Field } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { SelectField } from '../components/SelectField.js';
import { t } from '../i18n/t.js';
import { PreparationCheck } from '../treatment/PreparationCheck.js';
import { questionnaireName } from '../treatment/questionnaire-name.js';
import { ScheduleNotice } from '../treatment/ScheduleNotice.js';
import {
  useClientNextSession,
  useClientQuestionnaireSchedule,
  usePlanClientSession,
  useScheduleClientQuestionnaire,
} from './client-planning-queries.js';

/** The caseload row's treatment hints: over the prescription, overdue self-checks. */
export function CaseloadTreatmentHints({ client }: { client: CaseloadEntry }) {
  const overdue = client.overdueSelfChecks ?? [];
  if (!client.overPrescription && overdue.length === 0) return null;
  return (
    <p className="hint warning" data-testid="caseload-treatment">
      {client.overPrescription && t('clinicPlan.overPrescription')}
      {client.overPrescription && overdue.length > 0 && ' · '}
      {overdue.length > 0 &&
        t('clinicPlan.overdue', {
          questionnaires: overdue.map(questionnaireName).join(', '),
        })}
    </p>
  );
}

const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const everyDaysChoices = [7, 14, 28];

/**
 * The client's next session, with the check of their log before it when they share the log
 * (otherwise the clinic sees nothing of it), and their PHQ-9 schedule.
 */
export function ClientPlanning({ clientId }: { clientId: string }) {
  const next = useClientNextSession(clientId);
  const plan = usePlanClientSession(clientId);
  const schedule = useClientQuestionnaireSchedule(clientId);
  const setSchedule = useScheduleClientQuestionnaire(clientId);
  const [startsAt, setStartsAt] = useState('');
  const phq9 = schedule.data?.schedules.find((entry) => entry.questionnaireId === 'phq-9');
  /** null until the clinician picks: the saved interval shows. */
  const [everyDays, setEveryDays] = useState<string | null>(null);
  const chosenDays = everyDays ?? String(phq9?.everyDays ?? '');
  return (
    <section aria-labelledby="planning-title">
      <h2 id="planning-title">{t('clinicPlan.title')}</h2>
      {next.isError && <FormError error={next.error} />}
      {next.data &&
        (next.data.nextSession ? (
          <>
            <p>
              {t('clinicPlan.next', {
                when: new Date(next.data.nextSession.startsAt).toLocaleString(),
              })}
            </p>
            {next.data.preparation ? (
              <PreparationCheck check={next.data.preparation} timeZone={browserTimeZone} />
            ) : (
              <p className="hint">{t('clinicPlan.prepNotShared')}</p>
            )}
          </>
        ) : (
          <p>{t('clinicPlan.noNext')}</p>
        ))}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (startsAt) plan.mutate(new Date(startsAt).toISOString());
        }}
      >
        <Field
          label={t('clinicPlan.startsAt')}
          type="datetime-local"
          value={startsAt}
          onChange={(event) => setStartsAt(event.target.value)}
          required
        />
        <FormError error={plan.error} />
        <button type="submit" className="primary" disabled={plan.isPending}>
          {t('clinicPlan.plan')}
        </button>{' '}
        {next.data?.nextSession && (
          <button type="button" onClick={() => plan.mutate(null)} disabled={plan.isPending}>
            {t('clinicPlan.clear')}
          </button>
        )}
      </form>

      {phq9 && (
        <ul className="plain-list">
          <ScheduleNotice entry={phq9} />
        </ul>
      )}
      {phq9 && phq9.status === null && <p className="hint">{t('clinicPlan.scheduleNotShared')}</p>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSchedule.mutate({
            questionnaireId: 'phq-9',
            everyDays: chosenDays ? Number(chosenDays) : null,
          });
        }}
      >
        <SelectField
          label={t('clinicPlan.schedulePhq9')}
          value={chosenDays}
          onChange={(event) => setEveryDays(event.target.value)}
          options={[
            { value: '', label: t('clinicPlan.scheduleNone') },
            ...everyDaysChoices.map((days) => ({
              value: String(days),
              label: t('time.days.other', { count: days }),
            })),
          ]}
        />
        <FormError error={setSchedule.error ?? schedule.error} />
        <button type="submit" disabled={setSchedule.isPending}>
          {t('clinicPlan.scheduleSave')}
        </button>
      </form>
    </section>
  );
}
