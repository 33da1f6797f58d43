import { useId, type TextareaHTMLAttributes } from 'react';

/** A labelled multi-line input with an optional hint, like Field. */
export function TextAreaField({
  label,
  hint,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; hint?: string | undefined }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <textarea id={id} rows={3} aria-describedby={hint ? `${id}-hint` : undefined} {...textarea} />
    </div>
  );
}
