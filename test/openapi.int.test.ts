import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  openApiDocumentOf,
  openApiDocumentPath,
  regenerateOpenApiCommand,
} from '../src/server/openapi-document.js';
import { useTestApp } from './support/test-app.js';

// The suite's migrated template: the document does not depend on the data, only on the routes.
const testApp = useTestApp();

type Operation = { responses?: Record<string, unknown> };
type Document = { paths: Record<string, Record<string, Operation>> };

describe('the committed API contract', () => {
  it(`${openApiDocumentPath} is what the routes declare`, async () => {
    const generated = await openApiDocumentOf(testApp.app);
    const committed = await readFile(
      path.resolve(import.meta.dirname, '..', openApiDocumentPath),
      'utf8',
    ).catch(() => 'missing');
    expect(
      committed === generated,
      `${openApiDocumentPath} differs from what the code declares: run \`${regenerateOpenApiCommand}\` and commit the file`,
    ).toBe(true);

    // Every operation names its success answers and the error shape, so every answer is
    // validated and stripped of undeclared fields before it leaves the server.
    const doc = JSON.parse(generated) as Document;
    const undeclared = Object.entries(doc.paths).flatMap(([route, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => {
          const statuses = Object.keys(operation.responses ?? {});
          return !statuses.some((status) => /^2\d\d$/.test(status)) || !statuses.includes('4XX');
        })
        .map(([method]) => `${method.toUpperCase()} ${route}`),
    );
    expect(undeclared).toEqual([]);
    expect(Object.keys(doc.paths).length).toBeGreaterThan(30);
  });
});
