import { useState } from 'react';
import { useRedeemSupporterCode, useSupporting } from '../clinic/clinic-queries.js';
import { Field } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';

/** A family member or friend: what each person who shares a summary with them chose to show. */
export function SupportingPage() {
  const supporting = useSupporting();
  const redeem = useRedeemSupporterCode();
  const [code, setCode] = useState('');
  const people = supporting.data?.people ?? [];
  return (
    <section className="supporting">
      <h1 tabIndex={-1}>{t('supporting.title')}</h1>
      <p>{t('supporting.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          redeem.mutate(code, { onSuccess: () => setCode('') });
        }}
      >
        <Field
          label={t('supporting.enterCode')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
        />
        <FormError error={redeem.error} />
        <button type="submit" className="primary" disabled={redeem.isPending}>
          {t('supporting.add')}
        </button>
      </form>
      <FormError error={supporting.error} />
      {supporting.isSuccess && people.length === 0 && <p>{t('supporting.none')}</p>}
      <ul className="supported">
        {people.map((person) => (
          <li key={person.id} data-testid="supported-person">
            <p>
              <strong>{person.name}</strong>
            </p>
            <p>
              {person.checkedInToday ? t('supporting.checkedIn') : t('supporting.notCheckedIn')}
            </p>
            <p>
              {person.worstSeverity
                ? t('supporting.worst', { level: t(`log.severity.${person.worstSeverity}`) })
                : t('supporting.noWarnings')}
            </p>
            {person.streakDays !== null && (
              <p>{t('supporting.streak', { days: person.streakDays })}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
