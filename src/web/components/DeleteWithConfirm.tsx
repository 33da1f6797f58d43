import { useState } from 'react';
import { api } from '../api/client.js';
import { t } from '../i18n/t.js';
import { useRefreshLog } from '../log/log-queries.js';
import { FormError } from './FormError.js';

/**
 * A "Delete" button that asks once before deleting `url`, then refreshes the log.
 * `itemLabel` names the entry for screen readers ("Delete 21:30, 40 mg").
 */
export function DeleteWithConfirm({
  url,
  itemLabel,
  question,
}: {
  url: string;
  itemLabel: string;
  question: string;
}) {
  const refreshLog = useRefreshLog();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const remove = async () => {
    setError(null);
    try {
      await api('DELETE', url);
      await refreshLog();
    } catch (caught) {
      setError(caught);
    }
  };

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
      <FormError error={error} />
      <p>{question}</p>
      <p className="actions">
        <button type="button" className="danger" onClick={() => void remove()}>
          {t('log.history.deleteYes')}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {t('log.cancel')}
        </button>
      </p>
    </div>
  );
}
