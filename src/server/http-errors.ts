import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody } from '../domain/errors.js';
import { describeValidationIssue } from '../domain/validation/describe-validation-issue.js';
import { inputPath } from '../domain/validation/input-path.js';
import { validationFailed } from '../domain/validation/parse-input.js';

/** A JSON Pointer segment as written: `~1` is '/', `~0` is '~'; digits index a list. */
const unescapePointer = (segment: string): string | number =>
  /^\d+$/.test(segment) ? Number(segment) : segment.replaceAll('~1', '/').replaceAll('~0', '~');

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
    const details = error.validation.map((issue) => ({
      path: inputPath(issue.instancePath.split('/').filter(Boolean).map(unescapePointer)),
      message: describeValidationIssue({
        code: issue.keyword,
        message: issue.message,
        ...(issue.params as Record<string, unknown>),
      }),
    }));
    return validationFailed(details);
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
      ...(error.reason ? { reason: error.reason } : {}),
      ...(error.params ? { params: error.params } : {}),
    },
  };
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.status(appError.status).send(errorBody(appError));
}

/**
 * Errors Node's HTTP parser meets before Fastify sees a request (an over-long URL or header
 * block, a malformed request line). Node's own answer is a bare status line and a reset
 * socket; this answers in the usual error shape and closes after the reply is written.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const appError =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new AppError(
          'headers_too_large',
          'The address or headers of this request are too long (the limit is 16 KB).',
        )
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new AppError('request_timeout', 'The request took too long to arrive.')
        : new AppError('bad_request', 'The request could not be read.');
  const body = JSON.stringify(errorBody(appError));
  socket.end(
    `HTTP/1.1 ${appError.status} ${http.STATUS_CODES[appError.status]}\r\n` +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}
