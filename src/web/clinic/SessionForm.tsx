import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ROUTES, type Route } from '../../domain/log/vocabulary.js';
import type { BloodPressureGate } from '../../domain/treatment/session-rules.js';
import {
  CONCOMITANT_MEDICINES,
  TREATMENT_PRODUCTS,
  type TreatmentProduct,
  type TreatmentSession,
  type TreatmentSessionInput,
} from '../../domain/treatment/treatment-api.js';
import { Field } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { SelectField } from '../components/SelectField.js';
import { TextAreaField } from '../components/TextAreaField.js';
import { t, type MessageKey } from '../i18n/t.js';
import { routeLabels } from '../log/vocabulary-labels.js';
import { useSaveSession } from './clinic-queries.js';
import { formatDay } from './format.js';
import {
  doseMgOf,
  draftFromPrevious,
  draftOfSession,
  emptyDraft,
  READING_TIMES,
  recordOfDraft,
  sessionChecks,
  type Missing,
  type ProblemKind,
  type ReadingDraft,
  type RuleCheck,
  type SessionDraft,
  type YesNo,
} from './session-draft.js';
import { bloodPressureWords } from './session-words.js';

const MOAAS_SCORES = [5, 4, 3, 2, 1, 0] as const;
const readingFields: Array<[keyof ReadingDraft, MessageKey]> = [
  ['systolicMmHg', 'clinic.session.systolic'],
  ['diastolicMmHg', 'clinic.session.diastolic'],
  ['heartRateBpm', 'clinic.session.heartRate'],
  ['spo2Percent', 'clinic.session.spo2'],
];
const missingWords: Record<Missing, MessageKey> = {
  startedAt: 'clinic.session.missing.startedAt',
  doseMg: 'clinic.session.missing.doseMg',
  preDose: 'clinic.session.missing.preDose',
  readings: 'clinic.session.missing.readings',
  yesNo: 'clinic.session.missing.yesNo',
  monitoredMinutes: 'clinic.session.missing.monitoredMinutes',
  moaas: 'clinic.session.missing.moaas',
  adverse: 'clinic.session.missing.adverse',
};

/**
 * Records a session (REMS-shaped) or corrects and completes one (`session`). A new one is
 * pre-filled from `previous`; the rules of session-rules.ts are shown as the form is typed,
 * and what stops saving or completing is said beside the buttons.
 */
export function SessionForm({
  clientId,
  gate,
  session,
  previous,
  onDone,
  onCancel,
}: {
  clientId: string;
  gate: BloodPressureGate;
  session: TreatmentSession | null;
  previous: TreatmentSession | undefined;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<SessionDraft>(() =>
    session ? draftOfSession(session) : previous ? draftFromPrevious(previous) : emptyDraft(),
  );
  const save = useSaveSession(clientId, session?.id ?? null);
  const set = (change: Partial<SessionDraft>) => setDraft((current) => ({ ...current, ...change }));
  const { checks, missing, toSave, toComplete, minMonitoredMinutes } = sessionChecks(draft, gate);
  const problemWords = (kind: ProblemKind) =>
    kind === 'monitored'
      ? t('clinic.session.problem.monitored', { minutes: minMonitoredMinutes })
      : t(`clinic.session.problem.${kind}`);
  const saveBlockers = [
    ...missing.map((item) => t(missingWords[item])),
    ...toSave.map(problemWords),
  ];
  const completeBlockers = [...saveBlockers, ...toComplete.map(problemWords)];
  const blockersId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const status: TreatmentSessionInput['status'] =
      submitter?.value === 'completed' ? 'completed' : 'draft';
    if ((status === 'completed' ? completeBlockers : saveBlockers).length > 0) return;
    save.mutate(recordOfDraft(draft, status).record, { onSuccess: onDone });
  };
  const prefilledFrom = previous && draft.prefilledFrom === previous.id ? previous : undefined;
  /** A number box for one of the draft's own figures. */
  const numberField = (
    field: 'doseMg' | 'dissociationTotal' | 'monitoredMinutes' | 'readyToLeaveMinutes',
    label: string,
  ) => (
    <Field
      label={label}
      type="number"
      inputMode="decimal"
      min={0}
      value={draft[field]}
      onChange={(event) => set({ [field]: event.target.value })}
    />
  );

  return (
    <form onSubmit={submit} noValidate className="log-form session-form" data-testid="session-form">
      <h3>
        {session
          ? t('clinic.session.editTitle', { date: formatDay(session.record.startedAt) })
          : t('clinic.session.newTitle')}
      </h3>
      {draft.prefilledFrom && (
        <fieldset className="important" data-testid="reconfirm">
          <legend>
            {prefilledFrom
              ? t('clinic.session.prefilled', { date: formatDay(prefilledFrom.record.startedAt) })
              : t('clinic.session.prefilledEarlier')}
          </legend>
          <p className="hint">{t('clinic.session.prefilledHint')}</p>
          {(
            [
              ['lotNumber', 'clinic.session.confirmLot'],
              ['vitals', 'clinic.session.confirmVitals'],
              ['yesNoItems', 'clinic.session.confirmYesNo'],
            ] as const
          ).map(([item, label]) => (
            <label key={item} className="check">
              <input
                type="checkbox"
                checked={draft.reconfirmed[item]}
                onChange={(event) =>
                  set({ reconfirmed: { ...draft.reconfirmed, [item]: event.target.checked } })
                }
              />{' '}
              {t(label)}
            </label>
          ))}
        </fieldset>
      )}
      <Field
        label={t('clinic.session.startedAt')}
        type="datetime-local"
        value={draft.startedAt}
        onChange={(event) => set({ startedAt: event.target.value })}
      />
      <SelectField
        label={t('clinic.session.product')}
        value={draft.product}
        onChange={(event) => set({ product: event.target.value as TreatmentProduct })}
        options={TREATMENT_PRODUCTS.map((product) => ({
          value: product,
          label: t(`clinic.product.${product}`),
        }))}
      />
      {draft.product === 'other' && (
        <SelectField
          label={t('clinic.session.route')}
          value={draft.route}
          onChange={(event) => set({ route: event.target.value as Route })}
          options={[
            { value: '', label: t('clinic.session.chooseRoute') },
            ...ROUTES.map((route) => ({ value: route, label: t(routeLabels[route]) })),
          ]}
        />
      )}
      {draft.product === 'esketamine-nasal' ? (
        <>
          <SelectField
            label={t('clinic.session.devices')}
            value={draft.devices}
            onChange={(event) => set({ devices: event.target.value })}
            options={['1', '2', '3'].map((count) => ({ value: count, label: count }))}
          />
          <p className="hint" data-testid="esketamine-dose">
            {t('clinic.session.devicesDose', { mg: doseMgOf(draft) ?? 0 })}
          </p>
        </>
      ) : (
        numberField('doseMg', t('clinic.session.doseMg'))
      )}
      <Field
        label={t('clinic.session.lotNumber')}
        value={draft.lotNumber}
        autoComplete="off"
        onChange={(event) => set({ lotNumber: event.target.value })}
      />
      <fieldset>
        <legend>{t('clinic.session.concomitant')}</legend>
        {CONCOMITANT_MEDICINES.map((medicine) => (
          <YesNoField
            key={medicine}
            label={t(`clinic.session.medicine.${medicine}`)}
            value={draft.concomitant[medicine]}
            onChange={(value) => set({ concomitant: { ...draft.concomitant, [medicine]: value } })}
          />
        ))}
      </fieldset>
      {READING_TIMES.map((time) => (
        <fieldset key={time} data-testid={`reading-${time}`}>
          <legend>{t(`clinic.session.vitals.${time}`)}</legend>
          <div className="field-pair">
            {readingFields.map(([field, label]) => (
              <Field
                key={field}
                label={t(label)}
                type="number"
                inputMode="numeric"
                value={draft.vitals[time][field]}
                onChange={(event) =>
                  set({
                    vitals: {
                      ...draft.vitals,
                      [time]: { ...draft.vitals[time], [field]: event.target.value },
                    },
                  })
                }
              />
            ))}
          </div>
        </fieldset>
      ))}
      <MoaasReadings draft={draft} set={set} />
      <YesNoField
        label={t('clinic.session.sedation')}
        value={draft.sedation}
        onChange={(sedation) => set({ sedation })}
      />
      <YesNoField
        label={t('clinic.session.dissociation')}
        value={draft.dissociation}
        onChange={(dissociation) => set({ dissociation })}
      />
      {draft.dissociation &&
        numberField('dissociationTotal', t('clinic.session.dissociationTotal'))}
      <YesNoField
        label={t('clinic.session.respiratoryDepression')}
        value={draft.respiratoryDepression}
        onChange={(respiratoryDepression) => set({ respiratoryDepression })}
      />
      <AdverseEvents draft={draft} set={set} />
      {numberField('monitoredMinutes', t('clinic.session.monitoredMinutes'))}
      {numberField('readyToLeaveMinutes', t('clinic.session.readyToLeave'))}
      <YesNoField
        label={t('clinic.session.dischargeCriteriaMet')}
        value={draft.dischargeCriteriaMet}
        onChange={(dischargeCriteriaMet) => set({ dischargeCriteriaMet })}
      />
      <SessionChecks checks={checks} draft={draft} gate={gate} minutes={minMonitoredMinutes} />
      <div id={blockersId} className="session-blockers">
        <Blockers title={t('clinic.session.toSave')} items={saveBlockers} />
        <Blockers
          title={t('clinic.session.toComplete')}
          items={completeBlockers.filter((item) => !saveBlockers.includes(item))}
        />
      </div>
      <FormError error={save.error} />
      <p className="actions">
        <button
          type="submit"
          value="draft"
          disabled={save.isPending || saveBlockers.length > 0}
          aria-describedby={blockersId}
        >
          {t('clinic.session.saveDraft')}
        </button>
        <button
          type="submit"
          value="completed"
          className="primary"
          disabled={save.isPending || completeBlockers.length > 0}
          aria-describedby={blockersId}
        >
          {t('clinic.session.complete')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('clinic.session.cancel')}
        </button>
      </p>
    </form>
  );
}

function Blockers({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <p className="hint">{title}</p>
      <ul className="hint">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** A yes/no question with nothing chosen until the clinician answers it. */
function YesNoField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: YesNo;
  onChange: (value: boolean) => void;
}) {
  const name = useId();
  return (
    <fieldset className="yes-no">
      <legend>{label}</legend>
      {([true, false] as const).map((answer) => (
        <label key={String(answer)} className="check">
          <input
            type="radio"
            name={name}
            checked={value === answer}
            onChange={() => onChange(answer)}
          />{' '}
          {t(answer ? 'clinic.session.yes' : 'clinic.session.no')}
        </label>
      ))}
    </fieldset>
  );
}

type PartProps = { draft: SessionDraft; set: (change: Partial<SessionDraft>) => void };

function MoaasReadings({ draft, set }: PartProps) {
  const update = (index: number, change: Partial<SessionDraft['moaas'][number]>) =>
    set({
      moaas: draft.moaas.map((reading, i) => (i === index ? { ...reading, ...change } : reading)),
    });
  return (
    <fieldset>
      <legend>{t('clinic.session.moaas')}</legend>
      {draft.moaas.map((reading, index) => (
        <div key={index} className="co-use-row field-pair">
          <Field
            label={t('clinic.session.moaasAt')}
            type="number"
            inputMode="numeric"
            min={0}
            value={reading.atMin}
            onChange={(event) => update(index, { atMin: event.target.value })}
          />
          <SelectField
            label={t('clinic.session.moaasScore')}
            value={reading.score}
            onChange={(event) => update(index, { score: event.target.value })}
            options={MOAAS_SCORES.map((score) => ({
              value: String(score),
              label: t(`clinic.session.moaas.${score}`),
            }))}
          />
          <button
            type="button"
            onClick={() => set({ moaas: draft.moaas.filter((_, i) => i !== index) })}
          >
            {t('clinic.session.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => set({ moaas: [...draft.moaas, { atMin: '', score: '5' }] })}
      >
        {t('clinic.session.addReading')}
      </button>
    </fieldset>
  );
}

function AdverseEvents({ draft, set }: PartProps) {
  const update = (index: number, change: Partial<SessionDraft['adverseEvents'][number]>) =>
    set({
      adverseEvents: draft.adverseEvents.map((event, i) =>
        i === index ? { ...event, ...change } : event,
      ),
    });
  return (
    <fieldset>
      <legend>{t('clinic.session.adverseEvents')}</legend>
      {draft.adverseEvents.map((event, index) => (
        <div key={index} className="co-use-row">
          <Field
            label={t('clinic.session.adverseDescription')}
            value={event.description}
            maxChars={200}
            onChange={(change) => update(index, { description: change.target.value })}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={event.serious}
              onChange={(change) => update(index, { serious: change.target.checked })}
            />{' '}
            {t('clinic.session.serious')}
          </label>
          {event.serious && (
            <TextAreaField
              label={t('clinic.session.seriousDetails')}
              value={event.details}
              maxChars={2000}
              onChange={(change) => update(index, { details: change.target.value })}
            />
          )}
          <button
            type="button"
            onClick={() =>
              set({ adverseEvents: draft.adverseEvents.filter((_, i) => i !== index) })
            }
          >
            {t('clinic.session.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          set({
            adverseEvents: [
              ...draft.adverseEvents,
              { description: '', serious: false, details: '' },
            ],
          })
        }
      >
        {t('clinic.session.addAdverse')}
      </button>
    </fieldset>
  );
}

const ruleWords: Record<Exclude<RuleCheck['rule'], 'bloodPressure' | 'monitored'>, MessageKey> = {
  at40Min: 'clinic.session.rule.at40Min',
  remsDue: 'clinic.session.rule.remsDue',
  devices: 'clinic.session.rule.devices',
  serious: 'clinic.session.rule.serious',
};

/** Each rule's result as typed so far, with its source beside it. */
function SessionChecks({
  checks,
  draft,
  gate,
  minutes,
}: {
  checks: RuleCheck[];
  draft: SessionDraft;
  gate: BloodPressureGate;
  minutes: number;
}) {
  const titleId = useId();
  const words = (check: RuleCheck): ReactNode => {
    if (check.rule === 'bloodPressure') {
      return check.state === 'pending'
        ? t('clinic.session.bp.enter')
        : bloodPressureWords(draft.vitals.preDose, check.state, gate);
    }
    if (check.rule === 'monitored') return t('clinic.session.rule.monitored', { minutes });
    return t(ruleWords[check.rule]);
  };
  return (
    <section aria-labelledby={titleId} className="session-checks" aria-live="polite">
      <h4 id={titleId}>{t('clinic.session.rules')}</h4>
      <ul>
        {checks.map((check) => (
          <li
            key={check.rule}
            className={`check-${check.state}`}
            data-testid={`rule-${check.rule}`}
          >
            <p>
              {(check.state === 'met' || check.state === 'notMet') && (
                <strong>
                  {t(check.state === 'met' ? 'clinic.session.met' : 'clinic.session.notMet')}:{' '}
                </strong>
              )}
              {words(check)}
            </p>
            <p className="hint">{t('clinic.session.source', { source: check.source })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
