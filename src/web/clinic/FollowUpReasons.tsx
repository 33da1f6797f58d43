import type { FollowUpAlert } from '../../domain/clinic/clinic-api.js';
import { messages, t, tPlural } from '../i18n/t.js';
import { symptomLabels } from '../log/vocabulary-labels.js';
import { formatDay } from './format.js';

function reasonText(alert: FollowUpAlert): string {
  switch (alert.code) {
    case 'withdrawal-severe':
      return t('followUp.reason.withdrawal-severe', {
        date: formatDay(alert.date),
        symptoms: messages.list(alert.symptoms.map((symptom) => t(symptomLabels[symptom]))),
      });
    case 'withdrawal-rising':
      return t('followUp.reason.withdrawal-rising', {
        date: formatDay(alert.date),
        from: messages.number(alert.from),
        to: alert.to,
      });
    case 'check-in-missed':
      return tPlural('followUp.reason.check-in-missed', alert.days);
    case 'use-logged':
      return tPlural('followUp.reason.use-logged', alert.useDays, {
        date: formatDay(alert.lastUseDate),
      });
  }
}

/** Why a withdrawal follow-up raises a client, one line each, on the caseload. */
export function FollowUpReasons({ alerts }: { alerts: readonly FollowUpAlert[] }) {
  if (alerts.length === 0) return <p className="hint">{t('followUp.none')}</p>;
  return (
    <ul className="follow-up-reasons" data-testid="follow-up-reasons">
      {alerts.map((alert) => (
        <li key={alert.code}>{reasonText(alert)}</li>
      ))}
    </ul>
  );
}
