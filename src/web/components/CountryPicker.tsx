import { useMemo } from 'react';
import { bundledHelpDirectories } from '../help/bundled-help.js';
import { countriesByName, countryName } from '../i18n/country-names.js';
import { t } from '../i18n/t.js';
import { SelectField } from './SelectField.js';

/**
 * Every country by its name in the reader's language (never a code to type), or none.
 * Says when Get help has no local list for the chosen country yet.
 */
export function CountryPicker({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
}) {
  const countries = useMemo(() => countriesByName(), []);
  return (
    <>
      <SelectField
        label={t('settings.country')}
        name="country"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        options={[
          { value: '', label: t('settings.countryNone') },
          ...countries.map(({ code, name }) => ({ value: code, label: name })),
        ]}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {value !== '' && !bundledHelpDirectories.has(value) && (
        <p className="hint" data-testid="no-local-directory">
          {t('settings.countryNoDirectory', { country: countryName(value) })}
        </p>
      )}
    </>
  );
}
