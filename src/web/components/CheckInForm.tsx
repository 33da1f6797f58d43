import { useState, type FormEvent } from 'react';
import type { CheckIn, CheckInInput } from '../../domain/log/log-api.js';
import { checkInLimits } from '../../domain/log/log-limits.js';
import { WITHDRAWAL_SYMPTOMS, type WithdrawalSymptom } from '../../domain/log/vocabulary.js';
import { ClinicNotWatching } from '../clinic/ClinicNotWatching.js';
import type { MessageKey } from '../i18n/t.js';
import { t } from '../i18n/t.js';
import { useSaveCheckIn } from '../log/log-queries.js';
import { symptomLabels, symptomLevelLabels } from '../log/vocabulary-labels.js';
import { CrisisNotice } from './CrisisNotice.js';
import { Field } from './Field.js';
import { fieldError, FormError } from './FormError.js';
import { SavedStatus } from './SavedStatus.js';
import { numberOptions, ScalePicker, type ScaleOption } from './ScalePicker.js';
import { TextAreaField } from './TextAreaField.js';
import { limitProps } from './input-limits.js';

type Score = number | null;
type BladderItem = 'urinaryFrequency' | 'urinaryUrgency' | 'painPassingUrine' | 'lowerBellyPain';

const bladderItems: { key: BladderItem; label: MessageKey }[] = [
  { key: 'urinaryFrequency', label: 'log.checkIn.urinaryFrequency' },
  { key: 'urinaryUrgency', label: 'log.checkIn.urinaryUrgency' },
  { key: 'painPassingUrine', label: 'log.checkIn.painPassingUrine' },
  { key: 'lowerBellyPain', label: 'log.checkIn.lowerBellyPain' },
];

const sleepQualityKeys: MessageKey[] = [
  'log.checkIn.sleepQuality1',
  'log.checkIn.sleepQuality2',
  'log.checkIn.sleepQuality3',
  'log.checkIn.sleepQuality4',
  'log.checkIn.sleepQuality5',
];

const severityOptions = (): ScaleOption[] =>
  symptomLevelLabels.map((key, value) => ({ value, label: t(key) }));

const numberText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** A whole or decimal number from a text box, or undefined when empty or not a number. */
function parseNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

const defined = <T,>(key: string, value: T | null | undefined) =>
  value === null || value === undefined ? {} : { [key]: value };

/**
 * The daily check-in of one local date. Posting the same date again replaces it, so an
 * existing check-in pre-fills the form and is saved whole.
 */
export function CheckInForm({
  date,
  existing,
  onSaved,
  savedMessage,
}: {
  date: string;
  existing: CheckIn | null;
  onSaved?: (checkIn: CheckIn) => void;
  /** Shown once saved instead of the plain thank-you, e.g. naming a past day. */
  savedMessage?: string | undefined;
}) {
  const [craving, setCraving] = useState<Score>(existing?.craving ?? null);
  const [mood, setMood] = useState<Score>(existing?.mood ?? null);
  const [sleepHours, setSleepHours] = useState(numberText(existing?.sleepHours));
  const [sleepQuality, setSleepQuality] = useState<Score>(existing?.sleepQuality ?? null);
  const [symptoms, setSymptoms] = useState<Partial<Record<WithdrawalSymptom, number>>>(
    () => (existing?.symptoms ?? {}) as Partial<Record<WithdrawalSymptom, number>>,
  );
  const [dissociation, setDissociation] = useState<Score>(existing?.dissociation ?? null);
  const [bladder, setBladder] = useState<Partial<Record<BladderItem, number>>>(() =>
    Object.fromEntries(
      bladderItems
        .map(({ key }) => [key, existing?.[key]] as const)
        .filter(([, value]) => value !== null && value !== undefined),
    ),
  );
  const [bloodInUrine, setBloodInUrine] = useState(existing?.bloodInUrine ?? false);
  const [selfHarmThoughts, setSelfHarmThoughts] = useState(existing?.selfHarmThoughts ?? false);
  const [systolic, setSystolic] = useState(numberText(existing?.systolicMmHg));
  const [diastolic, setDiastolic] = useState(numberText(existing?.diastolicMmHg));
  const [heartRate, setHeartRate] = useState(numberText(existing?.heartRateBpm));
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [saved, setSaved] = useState(false);
  const saveCheckIn = useSaveCheckIn();
  const { error } = saveCheckIn;

  const symptomCount = Object.values(symptoms).filter((value) => value > 0).length;
  const bladderCount = Object.values(bladder).filter((value) => value > 0).length;
  // Open when filled in before, or when one of its fields needs checking: the error names it.
  const bodyOpen =
    Boolean(existing?.systolicMmHg ?? existing?.heartRateBpm) ||
    ['systolicMmHg', 'diastolicMmHg', 'heartRateBpm'].some((field) => fieldError(error, field));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const body: CheckInInput = {
      date,
      ...defined('craving', craving),
      ...defined('mood', mood),
      ...defined('sleepHours', parseNumber(sleepHours)),
      ...defined('sleepQuality', sleepQuality),
      ...(Object.keys(symptoms).length > 0 ? { symptoms } : {}),
      ...defined('dissociation', dissociation),
      ...bladder,
      bloodInUrine,
      selfHarmThoughts,
      ...defined('systolicMmHg', parseNumber(systolic)),
      ...defined('diastolicMmHg', parseNumber(diastolic)),
      ...defined('heartRateBpm', parseNumber(heartRate)),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    };
    saveCheckIn.mutate(body, {
      onSuccess: (checkIn) => {
        setSaved(true);
        onSaved?.(checkIn);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="log-form">
      <ClinicNotWatching signedIn />
      <ScalePicker
        legend={t('log.checkIn.craving')}
        hint={t('log.scaleEnds')}
        options={numberOptions(0, 10)}
        value={craving}
        onChange={setCraving}
      />
      <ScalePicker
        legend={t('log.checkIn.mood')}
        hint={t('log.moodEnds')}
        options={numberOptions(0, 10)}
        value={mood}
        onChange={setMood}
      />
      <Field
        label={t('log.checkIn.sleepHours')}
        type="number"
        inputMode="decimal"
        {...limitProps(checkInLimits.sleepHours)}
        step={0.5}
        value={sleepHours}
        onChange={(event) => setSleepHours(event.target.value)}
        error={fieldError(error, 'sleepHours')}
      />
      <ScalePicker
        legend={t('log.checkIn.sleepQuality')}
        options={sleepQualityKeys.map((key, index) => ({ value: index + 1, label: t(key) }))}
        value={sleepQuality}
        onChange={setSleepQuality}
      />

      <details className="more" open={symptomCount > 0 || undefined}>
        <summary>{t('log.checkIn.symptomsTitle', { count: symptomCount })}</summary>
        {WITHDRAWAL_SYMPTOMS.map((symptom) => (
          <ScalePicker
            key={symptom}
            legend={t(symptomLabels[symptom])}
            options={severityOptions()}
            value={symptoms[symptom] ?? null}
            onChange={(value) => setSymptoms((current) => ({ ...current, [symptom]: value }))}
          />
        ))}
        <ScalePicker
          legend={t('log.checkIn.dissociation')}
          options={severityOptions()}
          value={dissociation}
          onChange={setDissociation}
        />
      </details>

      <details className="more" open={bladderCount > 0 || undefined}>
        <summary>{t('log.checkIn.bladderTitle', { count: bladderCount })}</summary>
        {bladderItems.map(({ key, label }) => (
          <ScalePicker
            key={key}
            legend={t(label)}
            options={severityOptions()}
            value={bladder[key] ?? null}
            onChange={(value) => setBladder((current) => ({ ...current, [key]: value }))}
          />
        ))}
      </details>

      <fieldset className="important">
        <legend>{t('log.checkIn.importantTitle')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={bloodInUrine}
            onChange={(event) => setBloodInUrine(event.target.checked)}
          />
          <span>{t('log.checkIn.bloodInUrine')}</span>
        </label>
        {bloodInUrine && <p className="inline-warning">{t('log.checkIn.bloodInUrineNote')}</p>}
        <label className="check">
          <input
            type="checkbox"
            checked={selfHarmThoughts}
            onChange={(event) => setSelfHarmThoughts(event.target.checked)}
          />
          <span>{t('log.checkIn.selfHarm')}</span>
        </label>
        {selfHarmThoughts && <CrisisNotice />}
      </fieldset>

      <details className="more" open={bodyOpen || undefined}>
        <summary>{t('log.checkIn.bodyTitle')}</summary>
        <div className="field-pair">
          <Field
            label={t('log.checkIn.systolic')}
            type="number"
            inputMode="numeric"
            {...limitProps(checkInLimits.systolicMmHg)}
            value={systolic}
            onChange={(event) => setSystolic(event.target.value)}
            error={fieldError(error, 'systolicMmHg')}
          />
          <Field
            label={t('log.checkIn.diastolic')}
            type="number"
            inputMode="numeric"
            {...limitProps(checkInLimits.diastolicMmHg)}
            value={diastolic}
            onChange={(event) => setDiastolic(event.target.value)}
            error={fieldError(error, 'diastolicMmHg')}
          />
        </div>
        <Field
          label={t('log.checkIn.heartRate')}
          type="number"
          inputMode="numeric"
          {...limitProps(checkInLimits.heartRateBpm)}
          value={heartRate}
          onChange={(event) => setHeartRate(event.target.value)}
          error={fieldError(error, 'heartRateBpm')}
        />
      </details>

      <TextAreaField
        label={t('log.checkIn.notes')}
        {...limitProps(checkInLimits.notes)}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
      />
      <FormError
        error={error}
        fields={{
          sleepHours: t('log.checkIn.sleepHours'),
          systolicMmHg: t('log.checkIn.systolic'),
          diastolicMmHg: t('log.checkIn.diastolic'),
          heartRateBpm: t('log.checkIn.heartRate'),
          notes: t('log.checkIn.notes'),
        }}
      />
      {saved && <SavedStatus>{savedMessage ?? t('log.checkIn.saved')}</SavedStatus>}
      <button type="submit" className="primary" disabled={saveCheckIn.isPending}>
        {t(existing ? 'log.checkIn.update' : 'log.checkIn.save')}
      </button>
    </form>
  );
}
