import { useState, type FormEvent } from 'react';
import { checkInteractions, resolveSubstance } from '../../domain/interactions/index.js';
import type { Dose, DoseInput } from '../../domain/log/log-api.js';
import {
  DOSE_PURPOSES,
  ROUTES,
  type DosePurpose,
  type Route,
} from '../../domain/log/vocabulary.js';
import { api } from '../api/client.js';
import { useIdempotencyKey } from '../api/use-idempotency-key.js';
import { t } from '../i18n/t.js';
import { useLogSave } from '../log/use-log-save.js';
import { levelLabels, purposeLabels, routeLabels } from '../log/vocabulary-labels.js';
import { wallClockOf, wallClockToIso } from '../log/zoned-time.js';
import { Link } from '../router.js';
import { Field } from './Field.js';
import { fieldError, FormError } from './FormError.js';
import { SelectField } from './SelectField.js';
import { TextAreaField } from './TextAreaField.js';

type CoUseRow = { substance: string; amount: string; unit: string };

/** What the form starts from: a stored dose (edit, log again) or nothing. */
export type DoseDraft = Pick<Dose, 'mg' | 'route' | 'purpose' | 'coUse' | 'setting' | 'notes'> & {
  takenAt: string;
};

const emptyRow: CoUseRow = { substance: '', amount: '', unit: '' };

function rowsOf(draft: DoseDraft | undefined): CoUseRow[] {
  const rows = (draft?.coUse ?? []).map((use) => ({
    substance: use.substance,
    amount: use.amount === undefined ? '' : String(use.amount),
    unit: use.unit ?? '',
  }));
  return rows.length > 0 ? rows : [emptyRow];
}

/** Levels worth pointing out while the person types: anything but low risk. */
const mixLevelsToShow = new Set(['dangerous', 'unsafe', 'caution', 'unknown']);

/**
 * Logs a new dose or corrects one (`doseId`). Times are read in the profile time zone.
 * Co-used substances show at once what they resolve to, and a risky mix is named.
 */
export function DoseForm({
  timeZone,
  draft,
  doseId,
  onSaved,
  onCancel,
}: {
  timeZone: string;
  draft?: DoseDraft | undefined;
  doseId?: string;
  onSaved?: (dose: Dose) => void;
  onCancel?: () => void;
}) {
  const [takenAt, setTakenAt] = useState(() => wallClockOf(draft?.takenAt ?? new Date(), timeZone));
  const [mg, setMg] = useState(draft ? String(draft.mg) : '');
  const [route, setRoute] = useState<Route>(draft?.route ?? 'insufflated');
  const [purpose, setPurpose] = useState<DosePurpose | ''>(draft?.purpose ?? '');
  const [rows, setRows] = useState<CoUseRow[]>(() => rowsOf(draft));
  const [setting, setSetting] = useState(draft?.setting ?? '');
  const [notes, setNotes] = useState(draft?.notes ?? '');
  const [localErrors, setLocalErrors] = useState<{ takenAt?: string; mg?: string }>({});
  const { busy, error, setError, save } = useLogSave();
  const idempotency = useIdempotencyKey();

  const named = rows.map((row) => row.substance.trim()).filter(Boolean);
  const mix = named.length > 0 ? checkInteractions(['ketamine', ...named]) : null;

  const updateRow = (index: number, change: Partial<CoUseRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const iso = wallClockToIso(takenAt, timeZone);
    const amount = Number(mg);
    const problems = {
      ...(iso ? {} : { takenAt: t('log.dose.invalidTime') }),
      ...(mg.trim() !== '' && amount > 0 ? {} : { mg: t('log.dose.invalidMg') }),
    };
    setLocalErrors(problems);
    setError(null);
    if (!iso || Object.keys(problems).length > 0) return;
    const body: DoseInput = {
      takenAt: iso,
      mg: amount,
      route,
      ...(purpose ? { purpose } : {}),
      coUse: rows
        .filter((row) => row.substance.trim() !== '')
        .map((row) => ({
          substance: row.substance.trim(),
          ...(row.amount.trim() ? { amount: Number(row.amount) } : {}),
          ...(row.unit.trim() ? { unit: row.unit.trim() } : {}),
        })),
      ...(setting.trim() ? { setting: setting.trim() } : {}),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    };
    await save({
      request: async () =>
        (doseId
          ? await api<{ dose: Dose }>('PATCH', `/api/doses/${doseId}`, body)
          : await api<{ dose: Dose }>('POST', '/api/doses', body, {
              idempotencyKey: idempotency.keyFor(body),
            })
        ).dose,
      onSaved: (dose) => {
        idempotency.forget();
        onSaved?.(dose);
      },
    });
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="log-form">
      <Field
        label={t('log.dose.time')}
        hint={t('log.dose.timeHint', { timeZone })}
        type="datetime-local"
        name="takenAt"
        value={takenAt}
        onChange={(event) => setTakenAt(event.target.value)}
        error={localErrors.takenAt ?? fieldError(error, 'takenAt')}
      />
      <Field
        label={t('log.dose.mg')}
        hint={t('log.dose.mgHint')}
        type="number"
        name="mg"
        inputMode="decimal"
        min={0}
        step="any"
        value={mg}
        onChange={(event) => setMg(event.target.value)}
        error={localErrors.mg ?? fieldError(error, 'mg')}
      />
      <SelectField
        label={t('log.dose.route')}
        name="route"
        value={route}
        onChange={(event) => setRoute(event.target.value as Route)}
        options={ROUTES.map((value) => ({ value, label: t(routeLabels[value]) }))}
      />
      <SelectField
        label={t('log.dose.purpose')}
        name="purpose"
        value={purpose}
        onChange={(event) => setPurpose(event.target.value as DosePurpose | '')}
        options={[
          { value: '', label: t('log.purpose.none') },
          ...DOSE_PURPOSES.map((value) => ({ value, label: t(purposeLabels[value]) })),
        ]}
      />

      <fieldset className="co-use">
        <legend>{t('log.dose.coUseTitle')}</legend>
        <p className="hint">{t('log.dose.coUseHint')}</p>
        {rows.map((row, index) => (
          <CoUseRowFields
            key={index}
            row={row}
            number={index + 1}
            onChange={(change) => updateRow(index, change)}
            onRemove={
              rows.length > 1
                ? () => setRows((current) => current.filter((_, i) => i !== index))
                : undefined
            }
          />
        ))}
        <button type="button" onClick={() => setRows((current) => [...current, emptyRow])}>
          {t('log.dose.addSubstance')}
        </button>
        {mix && mixLevelsToShow.has(mix.overall) && (
          <p className={`mix-warning level-${mix.overall}`} data-testid="mix-warning">
            {t('log.dose.mixWarning', { level: t(levelLabels[mix.overall]) })}{' '}
            <Link href="/combinations">{t('log.dose.checkMix')}</Link>
          </p>
        )}
      </fieldset>

      <Field
        label={t('log.dose.setting')}
        name="setting"
        maxLength={200}
        value={setting}
        onChange={(event) => setSetting(event.target.value)}
      />
      <TextAreaField
        label={t('log.dose.notes')}
        name="notes"
        maxLength={2000}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
      />
      <FormError error={error} />
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t(doseId ? 'log.dose.saveChanges' : 'log.dose.save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('log.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}

function CoUseRowFields({
  row,
  number,
  onChange,
  onRemove,
}: {
  row: CoUseRow;
  number: number;
  onChange: (change: Partial<CoUseRow>) => void;
  onRemove: (() => void) | undefined;
}) {
  const name = row.substance.trim();
  const resolved = name ? resolveSubstance(name) : undefined;
  return (
    <div className="co-use-row">
      <Field
        label={t('log.dose.substance', { number })}
        name={`coUse.${number}.substance`}
        maxLength={80}
        value={row.substance}
        onChange={(event) => onChange({ substance: event.target.value })}
      />
      {name && (
        <p className={resolved ? 'resolved' : 'resolved unknown'} aria-live="polite">
          {resolved
            ? t('log.dose.resolvedAs', { substance: resolved.substance, class: resolved.class })
            : t('log.dose.unknownSubstance')}
        </p>
      )}
      <div className="field-pair">
        <Field
          label={t('log.dose.amount')}
          name={`coUse.${number}.amount`}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={row.amount}
          onChange={(event) => onChange({ amount: event.target.value })}
        />
        <Field
          label={t('log.dose.unit')}
          name={`coUse.${number}.unit`}
          maxLength={20}
          value={row.unit}
          onChange={(event) => onChange({ unit: event.target.value })}
        />
      </div>
      {onRemove && (
        <button type="button" className="link-button" onClick={onRemove}>
          {t('log.dose.removeSubstance', { number })}
        </button>
      )}
    </div>
  );
}
