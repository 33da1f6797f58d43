import { useState } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import { ROUTES, type Route } from '../../domain/log/vocabulary.js';
import {
  TREATMENT_PRODUCTS,
  ZPrescriptionInputSchema,
  type PrescriptionInput,
  type TreatmentProduct,
} from '../../domain/treatment/treatment-api.js';
import { ClinicNotWatching } from '../clinic/ClinicNotWatching.js';
import { useClient } from '../api/client-context.js';
import { FileDownloadButton } from '../components/FileDownload.js';
import { Field } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { SavedStatus } from '../components/SavedStatus.js';
import { SelectField } from '../components/SelectField.js';
import { fieldText, useFormAction } from '../components/use-form-action.js';
import { t } from '../i18n/t.js';
import { routeLabels } from '../log/vocabulary-labels.js';
import { formatLocalDate, formatWhen, localDateOf } from '../log/zoned-time.js';
import { Link } from '../router.js';
import { PreparationCheck, productLabels } from '../treatment/PreparationCheck.js';
import { ScheduleNotice } from '../treatment/ScheduleNotice.js';
import {
  useMyPrescriptions,
  useMyTreatmentSchedule,
  useMyTreatmentSessions,
  useSaveMyPrescription,
} from '../treatment/treatment-queries.js';

/**
 * The person's own treatment: the next session and the check of their log before it, the
 * self-checks their clinic asked for, their prescription against their log, and every
 * session any clinic recorded (their session passport).
 */
export function MyTreatmentPage({ account }: { account: Account }) {
  const timeZone = account.profile.timeZone;
  return (
    <section className="my-treatment">
      <h1 tabIndex={-1}>{t('myTreatment.title')}</h1>
      <p>{t('myTreatment.intro')}</p>
      <NextSessions timeZone={timeZone} />
      <Prescriptions />
      <ClinicNotWatching signedIn />
      <Sessions timeZone={timeZone} />
    </section>
  );
}

function NextSessions({ timeZone }: { timeZone: string }) {
  const schedule = useMyTreatmentSchedule();
  if (schedule.isError) return <FormError error={schedule.error} />;
  if (!schedule.data) return <p>{t('common.loading')}</p>;
  const { nextSessions, schedules } = schedule.data;
  return (
    <>
      {nextSessions.length > 0 && (
        <section aria-labelledby="next-session-title">
          <h2 id="next-session-title">{t('myTreatment.next.title')}</h2>
          {nextSessions.map((session) => (
            <article key={`${session.clinic} ${session.startsAt}`}>
              <h3>
                {t('myTreatment.next.when', {
                  clinic: session.clinic,
                  when: formatWhen(session.startsAt, timeZone),
                })}
              </h3>
              <PreparationCheck check={session.preparation} timeZone={timeZone} />
            </article>
          ))}
        </section>
      )}
      {schedules.length > 0 && (
        <section aria-labelledby="schedules-title">
          <h2 id="schedules-title">{t('myTreatment.schedule.title')}</h2>
          <ul className="plain-list">
            {schedules.map((entry) => (
              <ScheduleNotice key={`${entry.clinic} ${entry.questionnaireId}`} entry={entry} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function Prescriptions() {
  const prescriptions = useMyPrescriptions();
  return (
    <section aria-labelledby="prescription-title">
      <h2 id="prescription-title">{t('myTreatment.prescription.title')}</h2>
      {prescriptions.isError && <FormError error={prescriptions.error} />}
      {prescriptions.data?.warning && (
        <p className="notice warning" role="alert" data-testid="prescription-warning">
          {t('myTreatment.prescription.warning', {
            mg: prescriptions.data.warning.mg,
            maxMg: prescriptions.data.warning.maxMg,
            week: formatLocalDate(prescriptions.data.warning.weekStart),
          })}
        </p>
      )}
      {prescriptions.data?.prescriptions.length === 0 && (
        <p>{t('myTreatment.prescription.none')}</p>
      )}
      {prescriptions.data?.prescriptions.map((prescription) => (
        <article key={prescription.clinic ?? 'own'} data-testid="prescription">
          <h3>
            {prescription.clinic
              ? t('myTreatment.prescription.fromClinic', { clinic: prescription.clinic })
              : t('myTreatment.prescription.own')}
          </h3>
          <p>
            {t('myTreatment.prescription.summary', {
              product: t(productLabels[prescription.product]),
              mgPerDose: prescription.mgPerDose,
              maxMgPerWeek: prescription.maxMgPerWeek,
            })}
          </p>
          <table>
            <caption>{t('myTreatment.prescription.weeks')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('myTreatment.prescription.weekOf')}</th>
                <th scope="col">{t('myTreatment.prescription.logged')}</th>
                <th scope="col">{t('myTreatment.prescription.max')}</th>
              </tr>
            </thead>
            <tbody>
              {prescription.weeks.map((week) => (
                <tr key={week.weekStart} className={week.over ? 'over' : undefined}>
                  <th scope="row">{formatLocalDate(week.weekStart)}</th>
                  <td>
                    {week.mg} mg
                    {week.over && <strong> · {t('myTreatment.prescription.overMark')}</strong>}
                  </td>
                  <td>{week.maxMg} mg</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
      <OwnPrescriptionForm />
    </section>
  );
}

const numberField = (form: FormData, name: string) => Number(fieldText(form, name));
const limits = ZPrescriptionInputSchema.shape;

function OwnPrescriptionForm() {
  const save = useSaveMyPrescription();
  const [product, setProduct] = useState<TreatmentProduct>('ketamine-troche');
  const action = useFormAction(save, (form): PrescriptionInput => {
    const route = fieldText(form, 'route') as Route;
    return {
      product,
      ...(product === 'other' ? { route } : {}),
      mgPerDose: numberField(form, 'mgPerDose'),
      maxMgPerWeek: numberField(form, 'maxMgPerWeek'),
    };
  });
  return (
    <form onSubmit={action.onSubmit} aria-labelledby="own-prescription-title">
      <h3 id="own-prescription-title">{t('myTreatment.prescription.formTitle')}</h3>
      <p className="hint">{t('myTreatment.prescription.formHint')}</p>
      <SelectField
        label={t('myTreatment.prescription.product')}
        value={product}
        onChange={(event) => setProduct(event.target.value as TreatmentProduct)}
        options={TREATMENT_PRODUCTS.map((value) => ({ value, label: t(productLabels[value]) }))}
      />
      {product === 'other' && (
        <SelectField
          label={t('myTreatment.prescription.route')}
          name="route"
          options={ROUTES.map((value) => ({ value, label: t(routeLabels[value]) }))}
        />
      )}
      <Field
        label={t('myTreatment.prescription.mgPerDose')}
        name="mgPerDose"
        type="number"
        inputMode="decimal"
        min={1}
        max={limits.mgPerDose.maxValue ?? undefined}
        step="any"
        required
      />
      <Field
        label={t('myTreatment.prescription.maxMgPerWeek')}
        name="maxMgPerWeek"
        type="number"
        inputMode="decimal"
        min={1}
        max={limits.maxMgPerWeek.maxValue ?? undefined}
        step="any"
        required
      />
      <FormError error={action.error} />
      <button type="submit" className="primary" disabled={action.busy}>
        {t('myTreatment.prescription.save')}
      </button>
      {action.done && <SavedStatus>{t('myTreatment.prescription.saved')}</SavedStatus>}
    </form>
  );
}

function Sessions({ timeZone }: { timeZone: string }) {
  const sessions = useMyTreatmentSessions();
  const client = useClient();
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('myTreatment.sessions.title')}</h2>
      <p>{t('myTreatment.sessions.intro')}</p>
      {sessions.isError && <FormError error={sessions.error} />}
      {sessions.data?.sessions.length === 0 && <p>{t('myTreatment.sessions.none')}</p>}
      <ul className="plain-list">
        {sessions.data?.sessions.map((session) => (
          <li key={session.id}>
            <p>
              {t('myTreatment.sessions.entry', {
                date: formatLocalDate(localDateOf(session.record.startedAt, timeZone)),
                clinic: session.clinic,
                product: t(productLabels[session.record.product]),
                mg: session.record.doseMg,
              })}
            </p>
            <p>
              {t('myTreatment.sessions.bp', {
                bp: `${session.record.vitals.preDose.systolicMmHg}/${session.record.vitals.preDose.diastolicMmHg}`,
              })}
            </p>
            {session.record.status === 'draft' && <p>{t('myTreatment.sessions.draft')}</p>}
            <FileDownloadButton
              label={t('myTreatment.sessions.pdf')}
              fetchFile={() => client.myTreatmentSessionReport(session.id)}
            />
          </li>
        ))}
      </ul>
      <p>
        <Link href="/data">{t('myTreatment.sessions.export')}</Link>
      </p>
    </section>
  );
}
