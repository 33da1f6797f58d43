import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { ZPersonDataExportSchema } from '../../domain/data-transfer/data-transfer-api.js';
import { httpClient } from '../api/http-client.js';
import { CurrentPasswordField, EmailField } from '../components/AccountFields.js';
import { FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';
import { leavePrivateMode, usePrivateMode } from './private-mode.js';

type PersonData = z.output<typeof ZPersonDataExportSchema>;

/** "Move my private log into an account": sign in, upload once, then use the account. */
export function MoveToAccount() {
  const mode = usePrivateMode()!;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const data = await mode.connection.call<PersonData>('me.export');
      await httpClient.signIn({
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
      });
      // The server's import, as for any export file: dates and results kept as they were.
      await httpClient.importFile(data);
      // From now on the server copy is the one; the device copy stays sealed until forgotten.
      await mode.connection.call('vault.lock');
      leavePrivateMode('/history');
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="move-title">
      <h2 id="move-title">{t('private.moveTitle')}</h2>
      <p>{t('private.moveIntro')}</p>
      <EmailField error={error} />
      <CurrentPasswordField error={error} />
      <FormError
        error={error}
        fields={{ email: t('account.email'), password: t('account.password') }}
      />
      <button type="submit" disabled={busy}>
        {t('private.moveTitle')}
      </button>
    </form>
  );
}
