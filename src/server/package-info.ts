import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project root, two levels above this file in src/server and in dist/server alike. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export const packageVersion: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
