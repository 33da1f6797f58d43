import {
  AppError,
  type ErrorCode,
  type ErrorDetail,
  type ErrorSpecifics,
} from '../../domain/errors.js';
import { messages, t } from '../i18n/t.js';
import { ApiError } from './client.js';

/** A form's fields by the name the API gives them, with the label the form shows. */
export type FieldLabels = Record<string, string>;

type CodedError = {
  status: number;
  code: ErrorCode;
  message: string;
  details: ErrorDetail[];
  specifics: ErrorSpecifics;
};

/** A failure with a code: the server's answer, or domain code's own run on the device. */
function coded(error: unknown): CodedError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof AppError) {
    const { status, code, message, details = [], reason, params } = error;
    return {
      status,
      code,
      message,
      details,
      specifics: { ...(reason ? { reason } : {}), ...(params ? { params } : {}) },
    };
  }
  return undefined;
}

/** The problem with one field (or a row of a list field, `coUse[0].substance`), if named. */
export function fieldDetail(error: unknown, field: string): ErrorDetail | undefined {
  return coded(error)?.details.find(
    ({ path }) => path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`),
  );
}

/** What the server said about one field, as a sentence to show under it. */
export function fieldError(error: unknown, field: string): string | undefined {
  const message = fieldDetail(error, field)?.message;
  if (!message) return undefined;
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`;
}

/** The words for a code, or for its reason when it has one; the server's own sentence only
 * for a code this version of the app has no words for. */
function wordsFor(error: CodedError): string {
  const { reason, params } = error.specifics;
  return (
    (reason && messages.fromData(`errors.reason.${reason}`, params)) ||
    messages.fromData(`errors.code.${error.code}`, params) ||
    error.message
  );
}

/**
 * The one sentence a form or page shows for a failure. Problems with fields the form shows
 * are named by their labels (each field says what is wrong under itself, so the reason is
 * not repeated here); anything else is worded from its code, never a path or the code itself.
 */
export function describeError(caught: unknown, labels: FieldLabels = {}): string {
  const error = coded(caught);
  if (!error) return t('errors.unexpected');
  if (error.status === 0) return t('errors.offline');
  if (error.status >= 500) return t('errors.server');
  const named = Object.entries(labels)
    .filter(([field]) => fieldDetail(caught, field))
    .map(([, label]) => label);
  if (named.length > 0) return t('errors.checkFields', { fields: messages.listAnd(named) });
  return wordsFor(error);
}
