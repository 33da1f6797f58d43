import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/** Reads one content/ JSON file and validates it; a broken file stops start-up, naming it. */
export async function loadJsonContent<T>({
  file,
  label,
  schema,
}: {
  file: string;
  /** How the message names the file, e.g. "content/en/family/guide.json". */
  label: string;
  schema: z.ZodType<T>;
}): Promise<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${label} could not be read: ${(error as Error).message}`, { cause: error });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`${label} is not valid: ${issues}`);
  }
  return parsed.data;
}
