import { useId } from 'react';
import { ROUTES, type Route } from '../../domain/log/vocabulary.js';
import { t } from '../i18n/t.js';

/** A labelled select of the routes the blood-level model knows. */
export function LevelsRouteField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Route;
  onChange: (route: Route) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as Route)}>
        {ROUTES.map((route) => (
          <option key={route} value={route}>
            {t(`levels.route.${route}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
