import { useState, type FormEvent } from 'react';
import { messages, t } from '../i18n/t.js';

/**
 * A text field's limit from the API schema (field-limits.ts), said while typing: the field
 * never cuts text off (HTML maxLength would, silently); past the limit it says so, before
 * anything is sent.
 */
export function useCharacterLimit(
  maxChars: number | undefined,
  value: unknown,
  defaultValue: unknown,
) {
  const [typedLength, setTypedLength] = useState(() => String(defaultValue ?? '').length);
  const length = value === undefined ? typedLength : String(value ?? '').length;
  const tooLong = maxChars !== undefined && length > maxChars;
  return {
    error: tooLong
      ? t('errors.tooLong', { max: messages.number(maxChars), count: messages.number(length) })
      : undefined,
    onInput: (event: FormEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setTypedLength(event.currentTarget.value.length),
  };
}
