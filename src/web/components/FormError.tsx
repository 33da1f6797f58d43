import { ApiError } from '../api/client.js';
import { t } from '../i18n/t.js';

export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : String(error);
  return (
    <p className="form-error" role="alert">
      {t('common.error', { message })}
    </p>
  );
}

/** The message the server gave for one field, if any. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.details.find((detail) => detail.path === field || detail.path === `body.${field}`)
    ?.message;
}
