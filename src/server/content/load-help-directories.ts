import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ZHelpDirectorySchema,
  type HelpDirectory,
} from '../../domain/help/help-directory-schema.js';

/**
 * Reads and validates every *.json of a locale's help folder (content/en/help); a broken file
 * stops start-up, naming it (`label` names the folder).
 */
export async function loadHelpDirectories(
  folder: string,
  label = 'content/en/help',
): Promise<Map<string, HelpDirectory>> {
  const directories = new Map<string, HelpDirectory>();
  for (const fileName of (await readdir(folder)).filter((name) => name.endsWith('.json')).sort()) {
    const text = await readFile(path.join(folder, fileName), 'utf8');
    const parsed = ZHelpDirectorySchema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      throw new Error(
        `${label}/${fileName} is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    }
    directories.set(parsed.data.country, parsed.data);
  }
  return directories;
}
