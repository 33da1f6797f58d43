import { useState, type FormEvent } from 'react';

/** Runs a form's request and keeps its error and success state. */
export function useFormAction(action: (form: FormData) => Promise<void>) {
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setDone(false);
    setBusy(true);
    try {
      await action(new FormData(event.currentTarget));
      setDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return {
    error,
    done,
    busy,
    onSubmit: (event: FormEvent<HTMLFormElement>) => void onSubmit(event),
  };
}
