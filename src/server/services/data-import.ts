import type { ImportCounts, ImportResult } from '../../domain/data-transfer/data-transfer-api.js';
import { importProblem } from '../../domain/data-transfer/import-problem.js';
import { readKetalogFile } from '../../domain/data-transfer/ketalog-file.js';
import type { PersonDataImport } from '../../domain/data-transfer/person-data.js';
import { AppError } from '../../domain/errors.js';
import { readFhirBundle } from '../../domain/fhir/read-person-bundle.js';
import { listCheckIns } from '../../db/repositories/check-ins.js';
import { listDoses } from '../../db/repositories/doses.js';
import { listPrescriptionsOf } from '../../db/repositories/prescriptions.js';
import { listQuestionnaireResponses } from '../../db/repositories/questionnaire-responses.js';
import { findRecoveryPlan, listCravings } from '../../db/repositories/recovery.js';
import type { Subject } from '../access/gate.js';
import { getAccount, updateProfile } from './profile.js';
import { saveCheckIn } from './check-ins.js';
import type { DataContext } from './context.js';
import { createDose } from './doses.js';
import { setPrescription } from './prescriptions.js';
import { saveResponse } from './questionnaires.js';
import { recordCraving, savePlan } from './recovery.js';

function readFile(file: Record<string, unknown>): {
  format: ImportResult['format'];
  data: PersonDataImport;
} {
  if (file.resourceType === 'Bundle') return { format: 'fhir', data: readFhirBundle(file) };
  if (file.format === 'ketalog-export') return { format: 'ketalog', data: readKetalogFile(file) };
  throw importProblem('file', '', 'is neither a Ketalog export nor a FHIR Bundle');
}

/** What makes two entries the same, so an entry already there is not saved twice. */
const keys = {
  dose: (takenAt: Date | string, mg: number, route: string) =>
    `${new Date(takenAt).getTime()}|${mg}|${route}`,
  response: (questionnaireId: string, takenAt: Date | string) =>
    `${questionnaireId}|${new Date(takenAt).getTime()}`,
  craving: (at: Date | string) => String(new Date(at).getTime()),
};

/** A service's refusal (a date in the future, say) reported against the file entry. */
async function saving<T>(where: string, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
    const detail = error.details?.[0];
    throw importProblem(
      where,
      detail?.path.replace(/^body\./, '') ?? '',
      error.message.replace(/\.$/, ''),
    );
  }
}

/**
 * Imports a Ketalog or FHIR export into the person's account, in one transaction: the first
 * problem refuses the whole file. Entries the account already has are counted, not saved again.
 */
export async function importPersonData(
  ctx: DataContext,
  subject: Subject,
  file: Record<string, unknown>,
): Promise<ImportResult> {
  const { format, data } = readFile(file);
  const { userId } = subject;
  const added: ImportCounts = {
    doses: 0,
    checkIns: 0,
    questionnaireResponses: 0,
    cravings: 0,
    plan: 0,
    prescription: 0,
  };
  const alreadyPresent: ImportCounts = { ...added };
  await ctx.db.transaction().execute(async (trx) => {
    const tx = { ...ctx, db: trx };
    const [doses, checkIns, responses, cravings, plan, prescriptions] = await Promise.all([
      listDoses(trx, userId),
      listCheckIns(trx, userId),
      listQuestionnaireResponses(trx, userId),
      listCravings(trx, userId),
      findRecoveryPlan(trx, userId),
      listPrescriptionsOf(trx, userId),
    ]);
    const doseKeys = new Set(doses.map((dose) => keys.dose(dose.taken_at, dose.mg, dose.route)));
    const checkInDates = new Set(checkIns.map((checkIn) => checkIn.date));
    const responseKeys = new Set(
      responses.map((row) => keys.response(row.questionnaire_id, row.taken_at)),
    );
    const cravingKeys = new Set(cravings.map((craving) => keys.craving(craving.at)));
    /** True the first time a key is seen, in the account or earlier in the file. */
    const isNew = (seen: Set<string>, key: string, kind: keyof ImportCounts) => {
      const fresh = !seen.has(key);
      seen.add(key);
      (fresh ? added : alreadyPresent)[kind] += 1;
      return fresh;
    };

    for (const [index, dose] of data.doses.entries()) {
      if (!isNew(doseKeys, keys.dose(dose.takenAt, dose.mg, dose.route), 'doses')) continue;
      await saving(`dose ${index + 1}`, () => createDose(tx, subject, dose));
    }
    for (const checkIn of data.checkIns) {
      if (!isNew(checkInDates, checkIn.date, 'checkIns')) continue;
      await saving(`check-in of ${checkIn.date}`, () => saveCheckIn(tx, subject, checkIn));
    }
    for (const [index, response] of data.questionnaireResponses.entries()) {
      const key = keys.response(response.questionnaireId, response.takenAt);
      if (!isNew(responseKeys, key, 'questionnaireResponses')) continue;
      // Each response keeps the time it was given, not the moment of the import.
      const givenAt = { ...tx, now: () => new Date(response.takenAt) };
      await saving(`self-check ${index + 1}`, () =>
        saveResponse(givenAt, subject, response.questionnaireId, response),
      );
    }
    for (const [index, craving] of data.cravings.entries()) {
      if (!isNew(cravingKeys, keys.craving(craving.at), 'cravings')) continue;
      await saving(`craving ${index + 1}`, () => recordCraving(tx, subject, craving));
    }
    if (data.plan) {
      if (plan) alreadyPresent.plan = 1;
      else {
        added.plan = 1;
        await saving('plan', () => savePlan(tx, subject, data.plan!));
      }
    }
    if (data.prescription) {
      // Like the plan: a note the account has already is kept, not overwritten.
      if (prescriptions.some((row) => row.clinic_id === null)) alreadyPresent.prescription = 1;
      else {
        added.prescription = 1;
        await saving('prescription', () => setPrescription(tx, subject, data.prescription!));
      }
    }
    // An import fills in a profile's empty name and weight, and never overwrites them.
    const account = await getAccount(tx, userId);
    await updateProfile(tx, userId, {
      ...(account.profile.displayName === null && data.profile.displayName !== null
        ? { displayName: data.profile.displayName }
        : {}),
      ...(account.profile.weightKg === null && data.profile.weightKg !== null
        ? { weightKg: data.profile.weightKg }
        : {}),
    });
  });
  return { format, added, alreadyPresent };
}
