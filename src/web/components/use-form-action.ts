import type { UseMutationResult } from '@tanstack/react-query';
import type { FormEvent } from 'react';

/**
 * A form that sends one mutation: its body is read from the form's fields on submit, and
 * the mutation keeps the form's error, busy and done state. `onDone` runs once it worked.
 */
export function useFormAction<Body, Answer>(
  mutation: UseMutationResult<Answer, Error, Body>,
  bodyOf: (form: FormData) => Body,
  onDone?: (answer: Answer) => void,
) {
  return {
    error: mutation.error,
    done: mutation.isSuccess,
    busy: mutation.isPending,
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      mutation.mutate(bodyOf(new FormData(event.currentTarget)), {
        ...(onDone ? { onSuccess: onDone } : {}),
      });
    },
  };
}

/** A text field's value ('' when the form has no such field). */
export const fieldText = (form: FormData, name: string): string => String(form.get(name) ?? '');
