import type { ScheduleEntry } from '../../domain/treatment/treatment-schedule-api.js';
import { t } from '../i18n/t.js';
import { formatLocalDate } from '../log/zoned-time.js';
import { Link } from '../router.js';
import { questionnaireName } from './questionnaire-name.js';

/** One self-check a clinic asked for: how often, whether it is due, and the way to take it. */
export function ScheduleNotice({ entry }: { entry: ScheduleEntry }) {
  const questionnaire = questionnaireName(entry.questionnaireId);
  const date = entry.dueOn ? formatLocalDate(entry.dueOn) : '';
  const dueNow = entry.status === 'due' || entry.status === 'overdue';
  return (
    <li className={entry.status ?? undefined} data-testid="scheduled-self-check">
      <p>
        {t('myTreatment.schedule.every', {
          questionnaire,
          days: entry.everyDays,
          clinic: entry.clinic,
        })}
      </p>
      <p>
        {entry.status === 'overdue'
          ? t('myTreatment.schedule.overdue', { date })
          : entry.status === 'due'
            ? t('myTreatment.schedule.due', { date })
            : t('myTreatment.schedule.upcoming', { date })}
      </p>
      {dueNow && (
        <p>
          <Link href={`/self-check/${entry.questionnaireId}`} className="button primary">
            {t('myTreatment.schedule.take', { questionnaire })}
          </Link>
        </p>
      )}
    </li>
  );
}
