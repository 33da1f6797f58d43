import { useId, useMemo, useState } from 'react';
import { t, tPlural } from '../i18n/t.js';
import { deviceTimeZone } from '../log/zoned-time.js';

/** IANA zones matching a search: "tokyo", "new york" and "europe/lon" all find theirs. */
export function matchTimeZones(zones: readonly string[], search: string): string[] {
  const words = search.toLowerCase().replace(/[_/]/g, ' ').split(/\s+/).filter(Boolean);
  return zones.filter((zone) => {
    const name = zone.toLowerCase().replace(/[_/]/g, ' ');
    return words.every((word) => name.includes(word));
  });
}

/**
 * A searchable list of every IANA time zone: a search box narrows the list below it. The
 * chosen zone always stays in the list, so searching never loses the choice.
 */
export function TimeZonePicker({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (zone: string) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const [search, setSearch] = useState('');
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const matches = matchTimeZones(zones, search);
  const shown = matches.includes(value) ? matches : [value, ...matches];
  return (
    <div className="field">
      <label htmlFor={`${id}-search`}>{t('settings.timeZoneSearch')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('settings.timeZoneHint', { zone: deviceTimeZone() })}
      </p>
      <input
        id={`${id}-search`}
        type="search"
        value={search}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setSearch(event.target.value);
          const [first] = matchTimeZones(zones, event.target.value);
          if (first !== undefined && event.target.value.trim() !== '') onChange(first);
        }}
      />
      <label htmlFor={`${id}-zone`}>{t('settings.timeZone')}</label>
      <select
        id={`${id}-zone`}
        name="timeZone"
        value={value}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {shown.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
      <p className="hint" aria-live="polite">
        {tPlural('settings.timeZoneMatches', matches.length)}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
