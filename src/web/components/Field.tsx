import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame.js';
import { useCharacterLimit } from './use-character-limit.js';

/**
 * A labelled input with its hint and error, wired for screen readers. `maxChars` (from the
 * API schema) is said, not enforced by cutting text off.
 */
export function Field({
  label,
  hint,
  error,
  maxChars,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: string;
  error?: string | undefined;
  maxChars?: number | undefined;
}) {
  const limit = useCharacterLimit(maxChars, input.value, input.defaultValue);
  return (
    <FieldFrame label={label} hint={hint} error={error ?? limit.error}>
      {(control) => (
        <input
          {...control}
          {...input}
          onInput={(event) => {
            limit.onInput(event);
            input.onInput?.(event);
          }}
        />
      )}
    </FieldFrame>
  );
}
