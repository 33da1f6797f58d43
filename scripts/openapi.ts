/**
 * Writes the API contract the routes declare to docs/openapi.json:
 *   npm run openapi
 * test/openapi.int.test.ts fails while the committed file differs from what the code declares.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openApiDocumentPath, openApiDocumentText } from '../src/server/openapi-document.js';

const target = path.resolve(import.meta.dirname, '..', openApiDocumentPath);
await writeFile(target, await openApiDocumentText());
console.log(`Wrote ${openApiDocumentPath}`);
