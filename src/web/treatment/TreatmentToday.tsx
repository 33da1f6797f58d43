import { t } from '../i18n/t.js';
import { formatLocalDate, formatWhen } from '../log/zoned-time.js';
import { Link } from '../router.js';
import { questionnaireName } from './questionnaire-name.js';
import { useMyPrescriptions, useMyTreatmentSchedule } from './treatment-queries.js';

/**
 * Today's treatment notices, shown only when there is one: a self-check the clinic asked
 * for that is due or overdue, the next session with the check of the log before it, and a
 * week over the prescription. Each links to where the person acts on it.
 */
export function TreatmentToday({ timeZone }: { timeZone: string }) {
  const schedule = useMyTreatmentSchedule();
  const prescriptions = useMyPrescriptions();
  const due = (schedule.data?.schedules ?? []).filter(
    (entry) => entry.status === 'due' || entry.status === 'overdue',
  );
  const next = schedule.data?.nextSessions[0];
  const overPrescription = prescriptions.data?.warning;
  if (due.length === 0 && !next && !overPrescription) return null;
  return (
    <section aria-labelledby="treatment-today-title" data-testid="treatment-today">
      <h2 id="treatment-today-title">{t('myTreatment.title')}</h2>
      <ul className="plain-list">
        {due.map((entry) => {
          const questionnaire = questionnaireName(entry.questionnaireId);
          const date = formatLocalDate(entry.dueOn ?? '');
          return (
            <li key={`${entry.clinic} ${entry.questionnaireId}`} className={entry.status ?? ''}>
              {entry.status === 'overdue'
                ? t('myTreatment.schedule.todayOverdue', { questionnaire, date })
                : t('myTreatment.schedule.todayDue', { questionnaire, date })}{' '}
              <Link href={`/self-check/${entry.questionnaireId}`}>
                {t('myTreatment.schedule.take', { questionnaire })}
              </Link>
            </li>
          );
        })}
        {next && (
          <li className={next.preparation.status} data-testid="today-preparation">
            {next.preparation.status === 'found'
              ? t('myTreatment.prep.todayFound', { when: formatWhen(next.startsAt, timeZone) })
              : next.preparation.status === 'clear'
                ? t('myTreatment.prep.todayClear', { when: formatWhen(next.startsAt, timeZone) })
                : t('myTreatment.prep.todayUpcoming', {
                    when: formatWhen(next.startsAt, timeZone),
                  })}
          </li>
        )}
        {overPrescription && (
          <li className="warning">
            {t('myTreatment.prescription.warning', {
              mg: overPrescription.mg,
              maxMg: overPrescription.maxMg,
              week: formatLocalDate(overPrescription.weekStart),
            })}
          </li>
        )}
      </ul>
      <p>
        <Link href="/my-treatment">{t('myTreatment.openTreatment')}</Link>
      </p>
    </section>
  );
}
