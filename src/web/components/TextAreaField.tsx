import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame.js';
import { useCharacterLimit } from './use-character-limit.js';

/** A labelled multi-line input with an optional hint and a said `maxChars`, like Field. */
export function TextAreaField({
  label,
  hint,
  maxChars,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  hint?: string | undefined;
  maxChars?: number | undefined;
}) {
  const limit = useCharacterLimit(maxChars, textarea.value, textarea.defaultValue);
  return (
    <FieldFrame label={label} hint={hint} error={limit.error}>
      {(control) => (
        <textarea
          {...control}
          rows={3}
          {...textarea}
          onInput={(event) => {
            limit.onInput(event);
            textarea.onInput?.(event);
          }}
        />
      )}
    </FieldFrame>
  );
}
