import type { z } from 'zod';
import { AppError } from '../errors.js';
import { describeValidationIssue } from '../validation/describe-validation-issue.js';

/**
 * The one way an import file is refused: the first problem, named by where it is in the file
 * (the resource or list entry, then the path inside it). Nothing is written when one is found.
 */
export function importProblem(where: string, path: string, message: string): AppError {
  const at = path ? `${where}, ${path}` : where;
  return new AppError('validation_failed', `Nothing was imported. ${at}: ${message}.`, [
    { path: path ? `${where}.${path}` : where, message },
  ]);
}

/**
 * Checks one entry of a file with the schema its API route uses, so an import accepts exactly
 * what could have been typed in; `pathIn` turns a schema field into its path in the file.
 */
export function checkEntry<T>(
  schema: z.ZodType<T>,
  input: unknown,
  where: string,
  pathIn: (field: string) => string = (field) => field,
): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw importProblem(
    where,
    pathIn(issue.path.map(String).join('.')),
    describeValidationIssue(issue),
  );
}
