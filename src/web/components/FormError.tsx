import { describeError, type FieldLabels } from '../api/describe-error.js';

/** A form's or page's failure in one plain sentence; `fields` names the form's own fields. */
export function FormError({ error, fields }: { error: unknown; fields?: FieldLabels }) {
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {describeError(error, fields)}
    </p>
  );
}

export { fieldError } from '../api/describe-error.js';
