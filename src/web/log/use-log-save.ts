import { useState } from 'react';
import { useRefreshLog } from './log-queries.js';

/**
 * Saving a log form: busy while the request runs, the log refreshed once it is saved, and a
 * failure kept as the form's error.
 */
export function useLogSave() {
  const refreshLog = useRefreshLog();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async <Saved>({
    request,
    onSaved,
  }: {
    request: () => Promise<Saved>;
    onSaved: (saved: Saved) => void;
  }) => {
    setBusy(true);
    try {
      const saved = await request();
      await refreshLog();
      onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, setError, save };
}
