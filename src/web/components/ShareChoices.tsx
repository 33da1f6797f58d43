import type { ShareScope } from '../../domain/clinic/clinic-api.js';
import { t } from '../i18n/t.js';

/**
 * What to share and for how long, as ticks and one choice of length: the form of a share
 * code (account mode) and of a sealed snapshot (private mode).
 */
export function ShareChoices<Scope extends ShareScope, Days extends number>({
  scopeChoices,
  scopes,
  onScopesChange,
  dayChoices,
  days,
  onDaysChange,
  scopesLegend,
  daysLegend,
}: {
  scopeChoices: readonly Scope[];
  scopes: Scope[];
  onScopesChange: (scopes: Scope[]) => void;
  dayChoices: readonly Days[];
  days: Days;
  onDaysChange: (days: Days) => void;
  scopesLegend: string;
  daysLegend: string;
}) {
  const label = (scope: ShareScope) => t(`sharing.scope.${scope}`);
  const toggle = (scope: Scope) =>
    onScopesChange(
      scopes.includes(scope) ? scopes.filter((item) => item !== scope) : [...scopes, scope],
    );
  return (
    <>
      <fieldset>
        <legend>{scopesLegend}</legend>
        {scopeChoices.map((scope) => (
          <label key={scope} className="check">
            <input
              type="checkbox"
              name="scope"
              value={scope}
              checked={scopes.includes(scope)}
              onChange={() => toggle(scope)}
            />{' '}
            {label(scope)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{daysLegend}</legend>
        {dayChoices.map((length) => (
          <label key={length} className="check">
            <input
              type="radio"
              name="days"
              value={length}
              checked={days === length}
              onChange={() => onDaysChange(length)}
            />{' '}
            {t('sharing.days', { count: length })}
          </label>
        ))}
      </fieldset>
    </>
  );
}
