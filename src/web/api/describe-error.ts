import { AppError, type ErrorCode, type ErrorDetail } from '../../domain/errors.js';
import { t } from '../i18n/t.js';
import { ApiError } from './client.js';

/** A form's fields by the name the API gives them, with the label the form shows. */
export type FieldLabels = Record<string, string>;

/** `body.sleepHours` → `sleepHours`; `body.coUse.0.substance` → `coUse.0.substance`. */
const fieldPath = (detail: ErrorDetail) => detail.path.replace(/^(body|query|params)\./, '');

type CodedError = { status: number; code: ErrorCode; message: string; details: ErrorDetail[] };

/** A failure with a code: the server's answer, or domain code's own run on the device. */
function coded(error: unknown): CodedError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof AppError) {
    const { status, code, message, details = [] } = error;
    return { status, code, message, details };
  }
  return undefined;
}

/** The problem with one field (or a row of a list field), if the failure names it. */
export function fieldDetail(error: unknown, field: string): ErrorDetail | undefined {
  return coded(error)?.details.find((detail) => {
    const path = fieldPath(detail);
    return path === field || path.startsWith(`${field}.`);
  });
}

/** What the server said about one field, as a sentence to show under it. */
export function fieldError(error: unknown, field: string): string | undefined {
  const message = fieldDetail(error, field)?.message;
  if (!message) return undefined;
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`;
}

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * The one sentence a form or page shows for a failure. Problems with fields the form shows
 * are named by their labels (each field says what is wrong under itself, so the reason is
 * not repeated here); anything else is a plain sentence that never carries a path or code.
 */
export function describeError(caught: unknown, labels: FieldLabels = {}): string {
  const error = coded(caught);
  if (!error) return t('errors.unexpected');
  if (error.status === 0) return t('errors.offline');
  if (error.status >= 500) return t('errors.server');
  const named = Object.entries(labels)
    .filter(([field]) => fieldDetail(caught, field))
    .map(([, label]) => label);
  if (named.length > 0) return t('errors.checkFields', { fields: listFormat.format(named) });
  if (error.code === 'validation_failed') return t('errors.checkAnswers');
  return error.message;
}
