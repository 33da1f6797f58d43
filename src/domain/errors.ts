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

/**
 * One problem with the input. `path` is relative to the input it names (the body, the query
 * string), written as in code: `sleepHours`, `doses[2].mg`.
 */
export type ErrorDetail = { path: string; message: string };

/**
 * Which case of a code it is, when a client should say more than the code's own words
 * ("that email and password do not match" against "your current password is not right").
 * Clients word each from the catalogue (`errors.reason.<id>`), filled with `params`.
 */
export const ERROR_REASONS = [
  'wrong-sign-in',
  'wrong-current-password',
  'wrong-recovery-code',
  'expired-reset-link',
  'too-many-sign-in-failures',
  'too-many-attempts',
  'too-many-unlock-tries',
  'write-quota',
  'no-dose',
  'no-check-in',
  'no-session',
  'no-article',
  'no-questionnaire',
  'reset-by-email-off',
  'signed-out',
  'not-shared',
  'share-code-refused',
  'own-share-code',
  'summary-only-for-supporters',
  'join-code-refused',
  'follow-up-running',
  'no-follow-up',
  'snapshot-refused',
  'snapshot-gone',
  'snapshot-key-wrong',
  'private-mode-only',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

export type ErrorSpecifics = {
  reason?: ErrorReason;
  /** Numbers or words the reason's message quotes, e.g. minutes to wait. */
  params?: Record<string, string | number>;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[] | undefined;
  readonly reason: ErrorReason | undefined;
  readonly params: Record<string, string | number> | undefined;

  /** `message` is for API users and logs; clients word the code (and reason) themselves. */
  constructor(
    code: ErrorCode,
    message: string,
    details?: ErrorDetail[],
    specifics: ErrorSpecifics = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.reason = specifics.reason;
    this.params = specifics.params;
  }

  get status(): number {
    return errorStatusByCode[this.code];
  }
}

/** The JSON body every error response has. */
export type ErrorBody = {
  error: {
    code: ErrorCode;
    message: string;
    details?: ErrorDetail[];
    reason?: ErrorReason;
    params?: Record<string, string | number>;
  };
};
