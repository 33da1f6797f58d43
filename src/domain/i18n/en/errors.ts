/**
 * How a failure is worded: one plain sentence, never a code or an internal path. Each error
 * code has words (`errors.code.*`); a reason says more (`errors.reason.*`, domain/errors.ts).
 */
export const errorMessagesEn = {
  'errors.offline': 'Ketalog cannot be reached. Check your connection and try again.',
  'errors.server': 'Something went wrong on our side. Please try again in a moment.',
  'errors.unexpected': 'That did not work. Please try again.',
  'errors.checkFields': 'Please check {fields}.',
  'errors.tooLong': 'Please shorten this to at most {max} characters (it has {count}).',

  'errors.code.validation_failed':
    'Some answers could not be saved as they are. Please check them.',
  'errors.code.bad_request':
    'That request could not be read. Please reload the page and try again.',
  'errors.code.weak_password': 'Please choose a stronger password.',
  'errors.code.unauthenticated': 'Please sign in to continue.',
  'errors.code.invalid_credentials': 'Those details do not match. Please check them and try again.',
  'errors.code.forbidden': 'You can only see and change your own data.',
  'errors.code.not_clinic_member':
    'Only clinicians of a clinic can open the clinic area. Ask your clinic for its join code.',
  'errors.code.scope_not_granted':
    'This person has not shared this part of their data with you. Only they can change what they share.',
  'errors.code.origin_refused': 'This request came from another website and was refused.',
  'errors.code.host_refused': 'This server does not answer at this address.',
  'errors.code.not_found': 'That could not be found. It may have been deleted.',
  'errors.code.method_not_allowed': 'That cannot be done here.',
  'errors.code.request_timeout': 'That took too long. Please try again.',
  'errors.code.conflict': 'That clashed with another change. Please try again in a moment.',
  'errors.code.email_taken': 'An account with this email already exists. Sign in instead.',
  'errors.code.payload_too_large': 'That is too much to send at once.',
  'errors.code.uri_too_long': 'That address is too long.',
  'errors.code.unsupported_media_type': 'That kind of content cannot be sent here.',
  'errors.code.rate_limited': 'Too many attempts. Please wait a little and try again.',
  'errors.code.headers_too_large': 'That request is too large to read.',
  'errors.code.internal': 'Something went wrong on our side. Please try again in a moment.',
  'errors.code.unavailable': 'Ketalog is not available right now. Please try again in a moment.',

  'errors.reason.wrong-sign-in': 'That email and password do not match an account.',
  'errors.reason.wrong-current-password': 'Your current password is not right.',
  'errors.reason.wrong-recovery-code': 'That email and recovery code do not match.',
  'errors.reason.expired-reset-link':
    'This reset link has expired or was already used. Please ask for a new one.',
  'errors.reason.too-many-sign-in-failures':
    'Too many failed attempts for this account. Please wait an hour, or sign in on a device you have used with Ketalog before.',
  'errors.reason.too-many-attempts.one':
    'Too many attempts. Please wait {count} minute and try again.',
  'errors.reason.too-many-attempts.other':
    'Too many attempts. Please wait {count} minutes and try again.',
  'errors.reason.too-many-unlock-tries.one':
    'Too many wrong tries. Please wait {count} second and try again.',
  'errors.reason.too-many-unlock-tries.other':
    'Too many wrong tries. Please wait {count} seconds and try again.',
  'errors.reason.write-quota.one':
    'You have saved {maxWrites} changes in the last {windowMinutes} minutes, the most this server accepts. Nothing was saved this time; please try again in {count} minute.',
  'errors.reason.write-quota.other':
    'You have saved {maxWrites} changes in the last {windowMinutes} minutes, the most this server accepts. Nothing was saved this time; please try again in {count} minutes.',
  'errors.reason.no-dose': 'There is no such dose in your log.',
  'errors.reason.no-check-in': 'There is no check-in for that date.',
  'errors.reason.no-session': 'That session has already ended.',
  'errors.reason.no-article': 'There is no article with that name.',
  'errors.reason.no-questionnaire': 'There is no such self-check.',
  'errors.reason.reset-by-email-off': 'Reset by email is not set up here. Use a recovery code.',
  'errors.reason.signed-out': 'Please sign in again.',
  'errors.reason.not-shared':
    'Nobody with that id shares their data with you (a sharing that was ended or ran out no longer counts).',
  'errors.reason.share-code-refused':
    'That code does not work: it may be mistyped, already used, or older than 7 days. Ask for a new one.',
  'errors.reason.own-share-code': 'This is your own code: give it to your clinic or supporter.',
  'errors.reason.summary-only-for-supporters':
    'This code shares more than a summary, so only a clinic can use it. Ask for a summary-only code.',
  'errors.reason.join-code-refused':
    'That join code does not work. Check it with the clinic (a new code replaces the old one).',
  'errors.reason.follow-up-running':
    'A withdrawal follow-up already runs for this client. End it before starting another.',
  'errors.reason.no-follow-up': 'No withdrawal follow-up runs for this client.',
  'errors.reason.snapshot-refused':
    'That snapshot cannot be opened: it may be mistyped, withdrawn, past its date, or already opened by another clinic.',
  'errors.reason.snapshot-gone':
    'The server has no snapshot with that id and removal token: it was withdrawn or ran out.',
  'errors.reason.snapshot-key-wrong':
    'This key does not open that snapshot. Check the link or the key you were given.',
  'errors.reason.private-mode-only':
    'Snapshots are shared from private mode. With an account, share with a code on this page.',
} as const;
