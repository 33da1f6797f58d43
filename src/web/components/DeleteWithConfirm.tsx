import { useState } from 'react';
import { t } from '../i18n/t.js';
import { useDeleteLogEntry, type LogEntry } from '../log/log-queries.js';
import { FormError } from './FormError.js';

/**
 * A "Delete" button that asks once before deleting an entry of the log, then refreshes it.
 * `itemLabel` names the entry for screen readers ("Delete 21:30, 40 mg").
 */
export function DeleteWithConfirm({
  entry,
  itemLabel,
  question,
}: {
  entry: LogEntry;
  itemLabel: string;
  question: string;
}) {
  const removal = useDeleteLogEntry(entry);
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <button type="button" className="link-button" onClick={() => setConfirming(true)}>
        {t('log.delete')}
        <span className="visually-hidden"> {itemLabel}</span>
      </button>
    );
  }
  return (
    <div role="group" aria-label={question}>
      <FormError error={removal.error} />
      <p>{question}</p>
      <p className="actions">
        <button type="button" className="danger" onClick={() => removal.mutate()}>
          {t('log.history.deleteYes')}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {t('log.cancel')}
        </button>
      </p>
    </div>
  );
}
