import { z } from 'zod';
import { ZIsoDateTimeSchema } from '../input-schemas.js';
import {
  ZCheckInInputSchema,
  ZCravingInputSchema,
  ZDoseInputSchema,
  ZPlanInputSchema,
  type CheckInInput,
} from '../log/log-api.js';
import { checkEntry, importProblem } from '../data-transfer/import-problem.js';
import type { PersonDataImport } from '../data-transfer/person-data.js';
import { checkResponse } from '../data-transfer/check-response.js';
import { ZImportedProfileSchema } from '../data-transfer/imported-profile.js';
import { extensionUrls, loinc, systems, totalCodeOfQuestionnaire } from './codes.js';
import { checkInItems } from './person-bundle.js';

/** A place in the file: its value and the FHIRPath-like path that leads to it. */
type Node = { value: unknown; path: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads one resource, naming its place in the bundle in every problem it reports. */
class ResourceReader {
  constructor(
    readonly where: string,
    readonly root: Record<string, unknown>,
  ) {}

  node(path: string): Node {
    let value: unknown = this.root;
    for (const part of path.split('.')) {
      const [key, index] = part.split(/[[\]]/);
      value = isRecord(value) ? value[key!] : undefined;
      if (index !== undefined) value = Array.isArray(value) ? value[Number(index)] : undefined;
    }
    return { value, path };
  }

  fail(path: string, message: string): never {
    throw importProblem(this.where, path, message);
  }

  list(path: string): Node[] {
    const { value } = this.node(path);
    if (value === undefined) return [];
    if (!Array.isArray(value)) this.fail(path, 'must be a list');
    return value.map((item, index) => ({ value: item, path: `${path}[${index}]` }));
  }

  text(path: string): string | undefined {
    const { value } = this.node(path);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') this.fail(path, 'must be text');
    return value;
  }

  requiredText(path: string): string {
    return this.text(path) ?? this.fail(path, 'is missing');
  }

  /** The code of the first coding in `system` among a CodeableConcept's codings. */
  code(path: string, system: string): string | undefined {
    for (const entry of this.list(`${path}.coding`)) {
      if (isRecord(entry.value) && entry.value.system === system) {
        return this.requiredText(`${entry.path}.code`);
      }
    }
    return undefined;
  }
}

function readDose(reader: ResourceReader): PersonDataImport['doses'][number] {
  const route = reader.code('dosage[0].route', systems.route);
  const extensions = reader.list('extension');
  const setting = extensions.find(
    (extension) => isRecord(extension.value) && extension.value.url === extensionUrls.doseSetting,
  );
  const coUse = extensions
    .filter((extension) => isRecord(extension.value) && extension.value.url === extensionUrls.coUse)
    .map((extension) => {
      const part = (name: string) =>
        reader
          .list(`${extension.path}.extension`)
          .find((sub) => isRecord(sub.value) && sub.value.url === name)?.value as
          Record<string, unknown> | undefined;
      return {
        substance: part('substance')?.valueString,
        ...(part('amount') ? { amount: part('amount')?.valueDecimal } : {}),
        ...(part('unit') ? { unit: part('unit')?.valueString } : {}),
      };
    });
  const fields: Record<string, string> = {
    takenAt: 'effectiveDateTime',
    mg: 'dosage[0].doseAndRate[0].doseQuantity.value',
    route: 'dosage[0].route',
    purpose: 'reasonCode[0]',
    setting: 'extension',
    coUse: 'extension',
    notes: 'note[0].text',
  };
  if (reader.text('dosage[0].doseAndRate[0].doseQuantity.code') !== 'mg') {
    reader.fail('dosage[0].doseAndRate[0].doseQuantity.code', 'must be the UCUM unit mg');
  }
  return checkEntry(
    ZDoseInputSchema,
    {
      takenAt: reader.node('effectiveDateTime').value,
      mg: reader.node('dosage[0].doseAndRate[0].doseQuantity.value').value,
      route,
      ...(reader.node('reasonCode').value === undefined
        ? {}
        : { purpose: reader.code('reasonCode[0]', systems.dosePurpose) }),
      ...(coUse.length > 0 ? { coUse } : {}),
      ...(setting ? { setting: (setting.value as Record<string, unknown>).valueString } : {}),
      ...(reader.text('note[0].text') === undefined ? {} : { notes: reader.text('note[0].text') }),
    },
    reader.where,
    (field) => fields[field.split('.')[0]!] ?? field,
  );
}

type CheckInParts = Record<string, unknown> & { date: string };

/** The diary items of a check-in, from its Observation's components. */
function readCheckInDiary(reader: ResourceReader, parts: CheckInParts) {
  const symptoms: Record<string, unknown> = {};
  for (const component of reader.list('component')) {
    const path = component.path;
    const item = reader.code(`${path}.code`, systems.checkInItem);
    const symptom = reader.code(`${path}.code`, systems.withdrawalSymptom);
    const value = (key: string) => reader.node(`${path}.${key}`).value;
    if (symptom) symptoms[symptom] = value('valueInteger');
    else if (item === 'sleepHours') parts.sleepHours = value('valueQuantity.value');
    else if ((checkInItems.scoredItems as readonly string[]).includes(item ?? '')) {
      parts[item!] = value('valueInteger');
    } else if ((checkInItems.yesNoItems as readonly string[]).includes(item ?? '')) {
      parts[item!] = value('valueBoolean');
    } else reader.fail(`${path}.code`, 'is not a check-in item Ketalog knows');
  }
  if (Object.keys(symptoms).length > 0) parts.symptoms = symptoms;
  const notes = reader.text('note[0].text');
  if (notes !== undefined) parts.notes = notes;
}

function readCraving(reader: ResourceReader): PersonDataImport['cravings'][number] {
  const input: Record<string, unknown> = { at: reader.node('effectiveDateTime').value };
  const tools: unknown[] = [];
  for (const component of reader.list('component')) {
    const item = reader.code(`${component.path}.code`, systems.checkInItem);
    if (item === 'intensity') input.intensity = reader.node(`${component.path}.valueInteger`).value;
    else if (item === 'helped') input.helped = reader.node(`${component.path}.valueBoolean`).value;
    else if (item === 'toolTried') {
      tools.push(reader.code(`${component.path}.valueCodeableConcept`, systems.cravingTool));
    } else reader.fail(`${component.path}.code`, 'is not a craving item Ketalog knows');
  }
  input.toolsTried = tools;
  const notes = reader.text('note[0].text');
  if (notes !== undefined) input.notes = notes;
  const checked = checkEntry(
    ZCravingInputSchema.extend({ at: ZIsoDateTimeSchema }),
    input,
    reader.where,
    (field) => (field === 'at' ? 'effectiveDateTime' : 'component'),
  );
  return checked;
}

const ZDateSchema = z.iso.date();

function effectiveDate(reader: ResourceReader): string {
  return checkEntry(
    ZDateSchema,
    reader.node('effectiveDateTime').value,
    reader.where,
    () => 'effectiveDateTime',
  );
}

function quantityOf(reader: ResourceReader, path: string, ucumCode: string): unknown {
  if (reader.text(`${path}.code`) !== ucumCode) {
    reader.fail(`${path}.code`, `must be the UCUM unit ${ucumCode}`);
  }
  return reader.node(`${path}.value`).value;
}

/** Derived totals are recomputed from the answers, so they are read only to be skipped. */
const derivedCodes = new Set<string>([
  ...Object.values(totalCodeOfQuestionnaire).map((entry) => entry!.code),
  loinc.phq9Item9.code,
]);

/**
 * A bundle Ketalog exported, back as import data. Every entry is checked with the same rules
 * as the API's inputs; the first problem is thrown, naming the entry and the path in it.
 */
export function readFhirBundle(value: unknown): PersonDataImport {
  const bundle: ResourceReader = new ResourceReader('Bundle', isRecord(value) ? value : {});
  if (bundle.root.resourceType !== 'Bundle') bundle.fail('resourceType', 'must be "Bundle"');
  if (bundle.root.type !== 'collection') bundle.fail('type', 'must be "collection"');
  const data: PersonDataImport = {
    doses: [],
    checkIns: [],
    questionnaireResponses: [],
    cravings: [],
    plan: null,
    profile: { displayName: null, weightKg: null },
    prescription: null,
  };
  const checkInsByDate = new Map<string, CheckInParts>();
  const checkInOf = (date: string) => {
    const parts = checkInsByDate.get(date) ?? { date };
    checkInsByDate.set(date, parts);
    return parts;
  };
  for (const [index, entry] of bundle.list('entry').entries()) {
    const resource = isRecord(entry.value) ? entry.value.resource : undefined;
    if (!isRecord(resource)) bundle.fail(`entry[${index}].resource`, 'is missing');
    const type = String(resource.resourceType);
    const id = typeof resource.id === 'string' ? `/${resource.id}` : '';
    const reader: ResourceReader = new ResourceReader(
      `Bundle.entry[${index}] (${type}${id})`,
      resource,
    );
    switch (type) {
      case 'Patient':
        data.profile.displayName = checkEntry(
          ZImportedProfileSchema.shape.displayName,
          reader.text('name[0].text') ?? null,
          reader.where,
          () => 'name[0].text',
        );
        break;
      case 'Consent':
      case 'Encounter':
      case 'Procedure':
        // Grants and a clinic's sessions belong between accounts; they are not carried over.
        break;
      case 'MedicationStatement':
        data.doses.push(readDose(reader));
        break;
      case 'QuestionnaireResponse':
        data.questionnaireResponses.push(
          checkResponse(
            {
              questionnaireId: reader.requiredText('questionnaire').split(':').pop() ?? '',
              takenAt: reader.node('authored').value,
              answers: reader
                .list('item')
                .map((item) => reader.node(`${item.path}.answer[0].valueInteger`).value),
              sex: (
                reader
                  .list('extension')
                  .find(
                    (extension) =>
                      isRecord(extension.value) && extension.value.url === extensionUrls.scoredAs,
                  )?.value as Record<string, unknown> | undefined
              )?.valueCode,
            },
            reader.where,
            {
              questionnaireId: 'questionnaire',
              takenAt: 'authored',
              answers: 'item',
              sex: 'extension',
            },
          ),
        );
        break;
      case 'Goal':
        data.plan = checkEntry(
          ZPlanInputSchema,
          {
            goal: reader.code('description', systems.planGoal),
            startDate: reader.node('startDate').value,
          },
          reader.where,
          (field) => (field === 'goal' ? 'description' : 'startDate'),
        );
        break;
      case 'Observation': {
        // A reading taken in a clinic's session is part of that session's record.
        if (resource.encounter !== undefined) break;
        const local = reader.code('code', systems.observation);
        const standard = reader.code('code', systems.loinc);
        if (local === 'daily-check-in') readCheckInDiary(reader, checkInOf(effectiveDate(reader)));
        else if (local === 'craving') data.cravings.push(readCraving(reader));
        else if (standard === loinc.bloodPressurePanel.code) {
          const parts = checkInOf(effectiveDate(reader));
          for (const component of reader.list('component')) {
            const part = reader.code(`${component.path}.code`, systems.loinc);
            const field =
              part === loinc.systolic.code
                ? 'systolicMmHg'
                : part === loinc.diastolic.code
                  ? 'diastolicMmHg'
                  : reader.fail(
                      `${component.path}.code`,
                      'must be systolic (8480-6) or diastolic (8462-4)',
                    );
            parts[field] = quantityOf(reader, `${component.path}.valueQuantity`, 'mm[Hg]');
          }
        } else if (standard === loinc.heartRate.code) {
          checkInOf(effectiveDate(reader)).heartRateBpm = quantityOf(
            reader,
            'valueQuantity',
            '/min',
          );
        } else if (standard === loinc.bodyWeight.code) {
          data.profile.weightKg = checkEntry(
            ZImportedProfileSchema.shape.weightKg,
            quantityOf(reader, 'valueQuantity', 'kg'),
            reader.where,
            () => 'valueQuantity.value',
          );
        } else if (!standard || !derivedCodes.has(standard)) {
          reader.fail('code', 'is not an observation Ketalog exports');
        }
        break;
      }
      default:
        reader.fail('resourceType', `Ketalog does not import ${type} resources`);
    }
  }
  for (const parts of checkInsByDate.values()) {
    const where = `check-in of ${parts.date}`;
    data.checkIns.push(checkEntry(ZCheckInInputSchema, parts, where) as CheckInInput);
  }
  return data;
}
