import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody } from '../domain/errors.js';
import { describeValidationIssue } from '../domain/validation/describe-validation-issue.js';

/** Fastify's own client-error codes, in our vocabulary. */
const fastifyCodes: Record<string, AppError['code']> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_request',
};

const statusCodes: Record<number, AppError['code']> = {
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Anything thrown while answering a request, as the AppError the client will see. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as FastifyError).validationContext ?? 'body';
    const details = error.validation.map((issue) => ({
      path: [where, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      message: describeValidationIssue({
        code: issue.keyword,
        message: issue.message,
        ...(issue.params as Record<string, unknown>),
      }),
    }));
    const first = details[0];
    return new AppError(
      'validation_failed',
      first
        ? `Please check ${first.path.replace(/^\w+\./, '')}: ${first.message}.`
        : 'The request is not valid.',
      details,
    );
  }
  const fastifyError = error as Partial<FastifyError> | null;
  const status = fastifyError?.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code =
      fastifyCodes[fastifyError?.code ?? ''] ?? statusCodes[status] ?? ('bad_request' as const);
    return new AppError(code, fastifyError?.message || 'The request is not valid.');
  }
  return new AppError('internal', 'Something went wrong on our side. Please try again.');
}

export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    },
  };
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.status(appError.status).send(errorBody(appError));
}
