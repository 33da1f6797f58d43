import { useState } from 'react';
import type { Route } from '../../domain/log/vocabulary.js';
import { ROUTES } from '../../domain/log/vocabulary.js';
import {
  TREATMENT_PRODUCTS,
  ZPrescriptionInputSchema,
  type TreatmentProduct,
} from '../../domain/treatment/treatment-api.js';
import { Field } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { inputLimits } from '../components/input-limits.js';
import { SelectField } from '../components/SelectField.js';
import { t } from '../i18n/t.js';
import { routeLabels } from '../log/vocabulary-labels.js';
import { useClientPrescriptions, useSetClientPrescription } from './clinic-queries.js';
import { formatDay } from './format.js';

const { shape } = ZPrescriptionInputSchema;

/** The client's take-home prescriptions, and the clinic's form to set its own. */
export function ClientPrescription({ clientId }: { clientId: string }) {
  const prescriptions = useClientPrescriptions(clientId);
  const setPrescription = useSetClientPrescription(clientId);
  const [product, setProduct] = useState<TreatmentProduct>('ketamine-troche');
  const [route, setRoute] = useState<Route>('oral');
  const [mgPerDose, setMgPerDose] = useState('');
  const [maxMgPerWeek, setMaxMgPerWeek] = useState('');
  const list = prescriptions.data?.prescriptions ?? [];
  return (
    <section aria-labelledby="prescription-title">
      <h2 id="prescription-title">{t('clinic.prescription.title')}</h2>
      <FormError error={prescriptions.error} />
      {prescriptions.isSuccess && list.length === 0 && <p>{t('clinic.prescription.none')}</p>}
      <ul data-testid="prescriptions">
        {list.map((prescription) => (
          <li key={`${prescription.clinic ?? ''}-${prescription.route}`}>
            <p>
              {t('clinic.prescription.current', {
                product: t(`clinic.product.${prescription.product}`),
                mgPerDose: prescription.mgPerDose,
                maxMgPerWeek: prescription.maxMgPerWeek,
              })}
            </p>
            <p className="hint">
              {prescription.clinic
                ? t('clinic.prescription.byClinic', { clinic: prescription.clinic })
                : t('clinic.prescription.ownNote')}{' '}
              · {formatDay(prescription.updatedAt)}
            </p>
          </li>
        ))}
      </ul>
      <form
        className="log-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setPrescription.mutate({
            product,
            ...(product === 'other' ? { route } : {}),
            mgPerDose: Number(mgPerDose),
            maxMgPerWeek: Number(maxMgPerWeek),
          });
        }}
      >
        <p className="hint">{t('clinic.prescription.hint')}</p>
        <SelectField
          label={t('clinic.session.product')}
          value={product}
          onChange={(event) => setProduct(event.target.value as TreatmentProduct)}
          options={TREATMENT_PRODUCTS.map((value) => ({
            value,
            label: t(`clinic.product.${value}`),
          }))}
        />
        {product === 'other' && (
          <SelectField
            label={t('clinic.session.route')}
            value={route}
            onChange={(event) => setRoute(event.target.value as Route)}
            options={ROUTES.map((value) => ({ value, label: t(routeLabels[value]) }))}
          />
        )}
        <div className="field-pair">
          <Field
            label={t('clinic.prescription.mgPerDose')}
            type="number"
            inputMode="decimal"
            {...inputLimits(shape.mgPerDose)}
            value={mgPerDose}
            onChange={(event) => setMgPerDose(event.target.value)}
          />
          <Field
            label={t('clinic.prescription.maxMgPerWeek')}
            type="number"
            inputMode="decimal"
            {...inputLimits(shape.maxMgPerWeek)}
            value={maxMgPerWeek}
            onChange={(event) => setMaxMgPerWeek(event.target.value)}
          />
        </div>
        <FormError
          error={setPrescription.error}
          fields={{
            mgPerDose: t('clinic.prescription.mgPerDose'),
            maxMgPerWeek: t('clinic.prescription.maxMgPerWeek'),
          }}
        />
        <button type="submit" className="primary" disabled={setPrescription.isPending}>
          {t('clinic.prescription.save')}
        </button>
      </form>
    </section>
  );
}
