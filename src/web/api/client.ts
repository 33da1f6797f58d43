import type { ErrorBody, ErrorCode, ErrorDetail, ErrorSpecifics } from '../../domain/errors.js';

/** An API error as the server sent it: code, message, field details, and reason if any. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly specifics: ErrorSpecifics = {},
  ) {
    super(message);
  }
}

export type ApiOptions = {
  /** Sent as Idempotency-Key: the server stores the write once however often it arrives. */
  idempotencyKey?: string;
};

/** The thrown error for a refused answer, from its JSON error body when it has one. */
async function refusal(response: Response): Promise<ApiError> {
  const payload: unknown = await response.json().catch(() => undefined);
  const error = (payload as Partial<ErrorBody> | undefined)?.error;
  return new ApiError(
    response.status,
    error?.code ?? 'internal',
    error?.message ?? `The server answered ${response.status}.`,
    error?.details,
    {
      ...(error?.reason ? { reason: error.reason } : {}),
      ...(error?.params ? { params: error.params } : {}),
    },
  );
}

/** A file the server makes (a PDF report, say), as it came. */
export async function apiFile(path: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'unavailable', 'Cannot reach Ketalog. Check your connection.');
  }
  if (!response.ok) throw await refusal(response);
  return response.blob();
}

export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  { idempotencyKey }: ApiOptions = {},
): Promise<T> {
  const send = () =>
    fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
  let response: Response;
  try {
    // A dropped connection may have lost only the answer; with a key, one resend is safe.
    response = await send().catch((error: unknown) => {
      if (!idempotencyKey) throw error;
      return send();
    });
  } catch {
    throw new ApiError(0, 'unavailable', 'Cannot reach Ketalog. Check your connection.');
  }
  if (response.status === 204) return undefined as T;
  if (!response.ok) throw await refusal(response);
  return (await response.json().catch(() => undefined)) as T;
}

/**
 * TanStack Query's retry rule: one more try after a network failure or a 5xx, never after
 * a 4xx (the same request would be refused again, and the page would wait for nothing).
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 1;
}

/** A random key (crypto.randomUUID needs a secure context; plain http on a LAN has none). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
