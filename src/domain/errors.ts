/**
 * One error type for the whole product. Expected failures carry a code; the code decides
 * the HTTP status (server) and the message shown (web, CLI). Anything thrown that is not
 * an AppError is a bug and is answered as `internal` without details.
 */
export const errorStatusByCode = {
  validation_failed: 400,
  bad_request: 400,
  weak_password: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_clinic_member: 403,
  scope_not_granted: 403,
  origin_refused: 403,
  host_refused: 421,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  conflict: 409,
  email_taken: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  rate_limited: 429,
  headers_too_large: 431,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatusByCode;

export type ErrorDetail = { path: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[] | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetail[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatusByCode[this.code];
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorStatusByCode, value);
}

/** The JSON body every error response has. */
export type ErrorBody = {
  error: { code: ErrorCode; message: string; details?: ErrorDetail[] };
};
