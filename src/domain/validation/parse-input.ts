import type { z } from 'zod';
import { AppError, type ErrorDetail } from '../errors.js';
import { describeValidationIssue } from './describe-validation-issue.js';
import { inputPath } from './input-path.js';

/** The one validation failure: the first problem in words, and one detail per problem. */
export function validationFailed(details: ErrorDetail[]) {
  const first = details[0];
  return new AppError(
    'validation_failed',
    first ? `Please check ${first.path}: ${first.message}.` : 'The request is not valid.',
    details,
  );
}

/**
 * Parses input with the schema a route uses, for domain code run without a server (the web
 * app on the device): the same AppError a route answers with, paths relative to the input.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw validationFailed(
    parsed.error.issues.map((issue) => ({
      path: inputPath(issue.path),
      message: describeValidationIssue(issue),
    })),
  );
}
