import { useState } from 'react';
import {
  PREPARATION_CLASSES,
  type PreparationRule,
} from '../../domain/treatment/preparation-check.js';
import { FormError } from '../components/FormError.js';
import { SavedStatus } from '../components/SavedStatus.js';
import { t } from '../i18n/t.js';
import { substanceClassName } from '../treatment/PreparationCheck.js';
import { usePreparationRules, useSavePreparationRules } from './client-planning-queries.js';

/** Hours before a session, per substance class the clinic asks clients to avoid. */
type Draft = Record<string, { on: boolean; hours: string }>;

const draftOf = (rules: readonly PreparationRule[]): Draft =>
  Object.fromEntries(
    PREPARATION_CLASSES.map((id) => {
      const rule = rules.find((candidate) => candidate.substanceClass === id);
      return [id, { on: rule !== undefined, hours: String(rule?.hours ?? 24) }];
    }),
  );

/** The clinic's preparation rules: what its clients avoid before a session, and for how long. */
export function PreparationRulesForm() {
  const current = usePreparationRules();
  const save = useSavePreparationRules();
  const [draft, setDraft] = useState<Draft | null>(null);
  if (!current.data) {
    return current.isError ? <FormError error={current.error} /> : null;
  }
  const shown = draft ?? draftOf(current.data.rules);
  const change = (id: string, part: Partial<Draft[string]>) => {
    save.reset();
    setDraft({ ...shown, [id]: { ...shown[id]!, ...part } });
  };
  const submit = () => {
    const rules = PREPARATION_CLASSES.filter((id) => shown[id]?.on).map((id) => ({
      substanceClass: id,
      hours: Number(shown[id]?.hours),
    }));
    save.mutate(rules, { onSuccess: () => setDraft(null) });
  };
  return (
    <details className="preparation-rules">
      <summary>{t('clinicPrep.title')}</summary>
      <p className="hint">
        {current.data.isDefault ? t('clinicPrep.default') : t('clinicPrep.own')}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <ul className="plain-list">
          {PREPARATION_CLASSES.map((id) => (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={shown[id]?.on ?? false}
                  onChange={(event) => change(id, { on: event.target.checked })}
                />{' '}
                {substanceClassName(id)}
              </label>{' '}
              {shown[id]?.on && (
                <label>
                  {t('clinicPrep.hours')}{' '}
                  <input
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={168}
                    required
                    value={shown[id]?.hours ?? '24'}
                    onChange={(event) => change(id, { hours: event.target.value })}
                  />
                </label>
              )}
            </li>
          ))}
        </ul>
        <FormError error={save.error} />
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('clinicPrep.save')}
        </button>
        {save.isSuccess && <SavedStatus>{t('clinicPrep.saved')}</SavedStatus>}
      </form>
      <p className="hint">{t('clinicPrep.source', { source: current.data.source })}</p>
    </details>
  );
}
