import { useState, type FormEvent } from 'react';
import type { ResolvedSubstance } from '../../domain/interactions/index.js';
import type { Dose, DoseInput } from '../../domain/log/log-api.js';
import { coUseLimits, doseLimits } from '../../domain/log/log-limits.js';
import {
  DOSE_PURPOSES,
  ROUTES,
  type DosePurpose,
  type Route,
} from '../../domain/log/vocabulary.js';
import { unusualEntry, type UnusualReason } from '../../domain/log/unusual-entry.js';
import type { MessageKey } from '../i18n/t.js';
import { t } from '../i18n/t.js';
import { useInteractionChecker, type InteractionChecker } from '../log/interaction-checker.js';
import { useSaveDose } from '../log/log-queries.js';
import { levelLabels, purposeLabels, routeLabels } from '../log/vocabulary-labels.js';
import {
  deviceTimeZone,
  formatTimeWithZone,
  readWallClock,
  wallClockOf,
} from '../log/zoned-time.js';
import { Link } from '../router.js';
import { Field } from './Field.js';
import { fieldError, FormError } from './FormError.js';
import { SelectField } from './SelectField.js';
import { TextAreaField } from './TextAreaField.js';
import { limitProps } from './input-limits.js';

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

const unusualLabels: Record<UnusualReason, MessageKey> = {
  'far-above-usual-amount': 'log.dose.unusual.farAbove',
  'below-1-mg': 'log.dose.unusual.below1mg',
  'more-than-a-year-ago': 'log.dose.unusual.longAgo',
};

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
  /** `enteredIn`: the time zone the person entered the time in, to confirm it the same way. */
  onSaved?: (dose: Dose, enteredIn: string) => void;
  onCancel?: () => void;
}) {
  // A new dose is entered on the device's clock; the profile zone is one tap away.
  const zones = doseId || deviceTimeZone() === timeZone ? [timeZone] : [deviceTimeZone(), timeZone];
  const [entryZone, setEntryZone] = useState(zones[0] ?? timeZone);
  const [takenAt, setTakenAt] = useState(() =>
    wallClockOf(draft?.takenAt ?? new Date(), entryZone),
  );
  /** Which of two instants a skipped or repeated clock time means, per entered value. */
  const [clockChoice, setClockChoice] = useState<{ value: string; iso: string } | null>(null);
  /** The unusual entry the person confirmed as right, so the question is asked once. */
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const [mg, setMg] = useState(draft ? String(draft.mg) : '');
  const [route, setRoute] = useState<Route>(draft?.route ?? 'insufflated');
  const [purpose, setPurpose] = useState<DosePurpose | ''>(draft?.purpose ?? '');
  const [rows, setRows] = useState<CoUseRow[]>(() => rowsOf(draft));
  const [setting, setSetting] = useState(draft?.setting ?? '');
  const [notes, setNotes] = useState(draft?.notes ?? '');
  const [localErrors, setLocalErrors] = useState<{ takenAt?: string; mg?: string }>({});
  const saveDose = useSaveDose(doseId);
  const { error } = saveDose;

  const named = rows.map((row) => row.substance.trim()).filter(Boolean);
  const checker = useInteractionChecker(named.length > 0);
  const mix =
    checker && named.length > 0 ? checker.checkInteractions(['ketamine', ...named]) : null;
  const reading = readWallClock(takenAt, entryZone);
  const askClock = reading.kind === 'skipped' || reading.kind === 'repeated' ? reading : null;
  const chosenIso =
    reading.kind === 'exact'
      ? reading.iso
      : clockChoice?.value === takenAt
        ? clockChoice.iso
        : undefined;
  const amount = Number(mg);
  const unusual =
    chosenIso && amount > 0
      ? unusualEntry({ mg: amount, route, takenAt: new Date(chosenIso), now: new Date() })
      : [];
  const unusualKey = `${chosenIso ?? ''}|${amount}|${route}`;
  const askUnusual = unusual.length > 0 && confirmed !== unusualKey;
  /** The unusual entry the question was shown for (it shows after "Save", not while typing). */
  const [asked, setAsked] = useState<string | null>(null);

  const changeZone = (zone: string) => {
    if (reading.kind === 'exact') setTakenAt(wallClockOf(reading.iso, zone));
    setEntryZone(zone);
  };

  const updateRow = (index: number, change: Partial<CoUseRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    attemptSave(false);
  };

  const attemptSave = (unusualConfirmed: boolean) => {
    const problems = {
      ...(reading.kind === 'invalid' ? { takenAt: t('log.dose.invalidTime') } : {}),
      ...(askClock && !chosenIso ? { takenAt: t('log.dose.clockChangeChoose') } : {}),
      ...(mg.trim() !== '' && amount > 0 ? {} : { mg: t('log.dose.invalidMg') }),
    };
    setLocalErrors(problems);
    saveDose.reset();
    if (!chosenIso || Object.keys(problems).length > 0) return;
    if (askUnusual && !unusualConfirmed) {
      setAsked(unusualKey);
      window.setTimeout(() => document.getElementById('unusual-entry')?.focus(), 0);
      return;
    }
    const body: DoseInput = {
      takenAt: chosenIso,
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
    saveDose.mutate(body, { onSuccess: (dose) => onSaved?.(dose, entryZone) });
  };

  return (
    <form onSubmit={submit} noValidate className="log-form">
      <Field
        label={t('log.dose.time')}
        hint={
          entryZone === timeZone
            ? t('log.dose.timeHint', { timeZone })
            : t('log.dose.timeHintDevice', { zone: entryZone, profileZone: timeZone })
        }
        type="datetime-local"
        name="takenAt"
        value={takenAt}
        onChange={(event) => setTakenAt(event.target.value)}
        error={localErrors.takenAt ?? fieldError(error, 'takenAt')}
      />
      {zones.length > 1 && (
        <SelectField
          label={t('log.dose.zone')}
          name="zone"
          value={entryZone}
          onChange={(event) => changeZone(event.target.value)}
          options={zones.map((zone, index) => ({
            value: zone,
            label: t(index === 0 ? 'log.dose.zoneDevice' : 'log.dose.zoneProfile', { zone }),
          }))}
        />
      )}
      {askClock && (
        <fieldset className="important" data-testid="clock-change">
          <legend>
            {t(askClock.kind === 'skipped' ? 'log.dose.clockSkipped' : 'log.dose.clockRepeated')}
          </legend>
          {askClock.choices.map((iso) => (
            <label key={iso} className="check">
              <input
                type="radio"
                name="clockChoice"
                checked={chosenIso === iso}
                onChange={() => setClockChoice({ value: takenAt, iso })}
              />
              <span>{formatTimeWithZone(iso, entryZone)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <Field
        label={t('log.dose.mg')}
        hint={t('log.dose.mgHint')}
        type="number"
        name="mg"
        inputMode="decimal"
        {...limitProps(doseLimits.mg)}
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
            checker={checker}
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
        {...limitProps(doseLimits.setting)}
        value={setting}
        onChange={(event) => setSetting(event.target.value)}
      />
      <TextAreaField
        label={t('log.dose.notes')}
        name="notes"
        {...limitProps(doseLimits.notes)}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
      />
      {askUnusual && asked === unusualKey && (
        <div
          id="unusual-entry"
          className="inline-warning"
          role="alert"
          tabIndex={-1}
          data-testid="unusual-entry"
        >
          <p>
            <strong>{t('log.dose.unusual.title')}</strong>
          </p>
          <ul>
            {unusual.map((reason) => (
              <li key={reason}>{t(unusualLabels[reason], { mg: amount })}</li>
            ))}
          </ul>
          <p className="actions">
            <button
              type="button"
              className="primary"
              disabled={saveDose.isPending}
              onClick={() => {
                setConfirmed(unusualKey);
                attemptSave(true);
              }}
            >
              {t('log.dose.unusual.confirm')}
            </button>
          </p>
        </div>
      )}
      <FormError
        error={error}
        fields={{
          takenAt: t('log.dose.time'),
          mg: t('log.dose.mg'),
          route: t('log.dose.route'),
          purpose: t('log.dose.purpose'),
          coUse: t('log.dose.coUseTitle'),
          setting: t('log.dose.setting'),
          notes: t('log.dose.notes'),
        }}
      />
      <p className="actions">
        <button type="submit" className="primary" disabled={saveDose.isPending}>
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
  checker,
  onChange,
  onRemove,
}: {
  row: CoUseRow;
  number: number;
  checker: InteractionChecker | undefined;
  onChange: (change: Partial<CoUseRow>) => void;
  onRemove: (() => void) | undefined;
}) {
  const name = row.substance.trim();
  const resolved = name ? checker?.resolveSubstance(name) : undefined;
  return (
    <div className="co-use-row">
      <Field
        label={t('log.dose.substance', { number })}
        name={`coUse.${number}.substance`}
        {...limitProps(coUseLimits.substance)}
        value={row.substance}
        onChange={(event) => onChange({ substance: event.target.value })}
      />
      {name && checker && (
        <p className={resolved ? 'resolved' : 'resolved unknown'} aria-live="polite">
          {resolved ? describeResolved(resolved, checker) : t('log.dose.unknownSubstance')}
        </p>
      )}
      <div className="field-pair">
        <Field
          label={t('log.dose.amount')}
          name={`coUse.${number}.amount`}
          type="number"
          inputMode="decimal"
          {...limitProps(coUseLimits.amount)}
          step="any"
          value={row.amount}
          onChange={(event) => onChange({ amount: event.target.value })}
        />
        <Field
          label={t('log.dose.unit')}
          name={`coUse.${number}.unit`}
          {...limitProps(coUseLimits.unit)}
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

/** "Recognised as sertraline (SSRIs)"; the group is left out when it is the same word. */
function describeResolved(
  { substance, class: classId }: ResolvedSubstance,
  { findSubstanceClass }: InteractionChecker,
): string {
  const group = findSubstanceClass(classId)?.name ?? classId;
  return group === substance
    ? t('log.dose.resolvedAsItself', { substance })
    : t('log.dose.resolvedAs', { substance, class: group });
}
