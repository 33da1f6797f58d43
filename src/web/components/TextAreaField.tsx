import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame.js';

/** A labelled multi-line input with an optional hint, like Field. */
export function TextAreaField({
  label,
  hint,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; hint?: string | undefined }) {
  return (
    <FieldFrame label={label} hint={hint}>
      {(control) => <textarea {...control} rows={3} {...textarea} />}
    </FieldFrame>
  );
}
