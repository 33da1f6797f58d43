import { readdirSync, readFileSync } from 'node:fs';
import {
  type HelpDirectory,
  ZHelpDirectorySchema,
} from '../../src/domain/help/help-directory-schema.js';

/** Every content/en/help/*.json, validated, by country, as the server loads them. */
export function readHelpDirectories(): Map<string, HelpDirectory> {
  const folder = new URL('../../content/en/help/', import.meta.url);
  return new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => {
        const directory = ZHelpDirectorySchema.parse(
          JSON.parse(readFileSync(new URL(name, folder), 'utf8')),
        );
        return [directory.country, directory] as const;
      }),
  );
}
