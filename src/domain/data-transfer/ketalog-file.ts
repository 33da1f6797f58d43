import { ZIsoDateTimeSchema } from '../input-schemas.js';
import { ZPrescriptionInputSchema } from '../treatment/treatment-api.js';
import {
  ZCheckInInputSchema,
  ZCravingInputSchema,
  ZDoseInputSchema,
  ZPlanInputSchema,
} from '../log/log-api.js';
import { checkResponse } from './check-response.js';
import { ZImportedProfileSchema } from './imported-profile.js';
import { checkEntry, importProblem } from './import-problem.js';
import { scoringContextOf, type PersonDataImport } from './person-data.js';

/**
 * The version of the Ketalog export file's layout. Raise it when a field changes meaning or
 * goes away, and teach `readKetalogFile` to read the older layout.
 */
export const ketalogFileSchemaVersion = 1 as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Exported entries say "none" with null; the input schemas say it by leaving a field out. */
function withoutNulls(value: Record<string, unknown>, drop: string[] = []) {
  return Object.fromEntries(
    Object.entries(value).filter(([key, item]) => item !== null && !drop.includes(key)),
  );
}

function listOf(file: Record<string, unknown>, key: string): Array<Record<string, unknown>> {
  const value = file[key] ?? [];
  if (!Array.isArray(value)) throw importProblem(key, '', 'must be a list');
  return value.map((item, index) => {
    if (!isRecord(item)) throw importProblem(`${key}[${index}]`, '', 'must be an object');
    return item;
  });
}

/** A file from GET /api/me/export, back as import data, checked like the API's inputs. */
export function readKetalogFile(file: Record<string, unknown>): PersonDataImport {
  if (file.schemaVersion !== ketalogFileSchemaVersion) {
    throw importProblem(
      'file',
      'schemaVersion',
      `this Ketalog reads files of schema version ${ketalogFileSchemaVersion}, not ${JSON.stringify(file.schemaVersion ?? null)}`,
    );
  }
  const doses = listOf(file, 'doses').map((dose, index) => {
    const coUse = Array.isArray(dose.coUse)
      ? dose.coUse.map((use: unknown) => (isRecord(use) ? withoutNulls(use, ['resolvedAs']) : use))
      : dose.coUse;
    return checkEntry(
      ZDoseInputSchema,
      { ...withoutNulls(dose, ['id', 'createdAt']), coUse },
      `doses[${index}]`,
    );
  });
  const checkIns = listOf(file, 'checkIns').map((checkIn, index) => {
    return checkEntry(
      ZCheckInInputSchema,
      withoutNulls(checkIn, ['updatedAt']),
      `checkIns[${index}]`,
    );
  });
  const questionnaireResponses = listOf(file, 'questionnaireResponses').map((response, index) => {
    const { sex } = isRecord(response.result)
      ? scoringContextOf({
          questionnaireId: String(response.questionnaireId),
          answers: Array.isArray(response.answers) ? (response.answers as number[]) : [],
          result: response.result as { bandId: string },
        })
      : {};
    const fields = {
      questionnaireId: 'questionnaireId',
      takenAt: 'takenAt',
      answers: 'answers',
      sex: 'result',
    };
    return checkResponse(
      {
        questionnaireId: response.questionnaireId,
        takenAt: response.takenAt,
        answers: response.answers,
        sex,
      },
      `questionnaireResponses[${index}]`,
      fields,
    );
  });
  const cravings = listOf(file, 'cravings').map((craving, index) => {
    const { helped, ...rest } = craving;
    return checkEntry(
      ZCravingInputSchema.extend({ at: ZIsoDateTimeSchema }),
      { ...withoutNulls(rest, ['id']), helped: helped ?? null },
      `cravings[${index}]`,
    );
  });
  const plan = file.recoveryPlan;
  if (plan !== null && plan !== undefined && !isRecord(plan)) {
    throw importProblem('recoveryPlan', '', 'must be an object or null');
  }
  // Only the person's own note (no clinic): a clinic's prescription stays that clinic's record.
  const prescriptions = listOf(file, 'prescriptions');
  const ownIndex = prescriptions.findIndex((prescription) => prescription.clinic === null);
  const own = prescriptions[ownIndex];
  const profile = isRecord(file.account) ? file.account.profile : undefined;
  return {
    doses,
    checkIns,
    questionnaireResponses,
    cravings,
    plan: plan
      ? checkEntry(ZPlanInputSchema, withoutNulls(plan, ['updatedAt']), 'recoveryPlan')
      : null,
    prescription: own
      ? checkEntry(
          ZPrescriptionInputSchema,
          withoutNulls(own, ['clinic', 'updatedAt']),
          `prescriptions[${ownIndex}]`,
        )
      : null,
    profile: checkEntry(
      ZImportedProfileSchema,
      profile ?? {},
      'account',
      (field) => `profile.${field}`,
    ),
  };
}
