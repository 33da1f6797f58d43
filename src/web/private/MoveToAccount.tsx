import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { ZPersonDataExportSchema } from '../../domain/accounts/account-api.js';
import type { CheckIn, Dose } from '../../domain/log/log-api.js';
import type { Plan } from '../../domain/recovery/recovery-api.js';
import { httpClient } from '../api/http-client.js';
import type { KetalogClient } from '../api/ketalog-client.js';
import { CurrentPasswordField, EmailField } from '../components/AccountFields.js';
import { FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';
import { leavePrivateMode, usePrivateMode } from './private-mode.js';

type PersonData = z.output<typeof ZPersonDataExportSchema>;

/** Present values only: the API's inputs leave out what the export shows as null. */
function present<T extends Record<string, unknown>>(entry: T) {
  return Object.fromEntries(
    Object.entries(entry).filter(([, value]) => value !== null && value !== undefined),
  );
}

const doseInput = ({ takenAt, mg, route, purpose, coUse, setting, notes }: Dose) => ({
  takenAt,
  mg,
  route,
  ...present({ purpose, setting, notes }),
  coUse: coUse.map(({ substance, amount, unit }) => present({ substance, amount, unit })),
});

const checkInInput = ({ updatedAt: _updatedAt, symptoms, ...checkIn }: CheckIn) => ({
  ...present(checkIn),
  symptoms,
});

const planInput = ({ updatedAt: _updatedAt, ...plan }: Plan) => plan;

/**
 * Writes the private log into the signed-in account through the API's ordinary routes, once.
 * Doses and self-checks carry an idempotency key made from their id, and a check-in is kept
 * per date, so moving again after a failure stores none of them twice.
 */
export async function moveIntoAccount(data: PersonData, account: KetalogClient) {
  for (const dose of data.doses) {
    await account.createDose(doseInput(dose) as Parameters<KetalogClient['createDose']>[0], {
      idempotencyKey: `private-${dose.id}`,
    });
  }
  for (const checkIn of data.checkIns) {
    await account.saveCheckIn(checkInInput(checkIn) as Parameters<KetalogClient['saveCheckIn']>[0]);
  }
  if (data.recoveryPlan) {
    await account.savePlan(
      planInput(data.recoveryPlan) as Parameters<KetalogClient['savePlan']>[0],
    );
  }
  for (const { at, intensity, toolsTried, helped, notes } of data.cravings) {
    await account.logCraving({
      at,
      intensity,
      toolsTried: toolsTried as Parameters<KetalogClient['logCraving']>[0]['toolsTried'],
      helped,
      ...present({ notes }),
    });
  }
  for (const response of data.questionnaireResponses) {
    await account.submitResponse(
      response.questionnaireId,
      { answers: response.answers },
      { idempotencyKey: `private-${response.id}` },
    );
  }
}

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
      await moveIntoAccount(data, httpClient);
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
