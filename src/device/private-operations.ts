import { z } from 'zod';
import type { Account } from '../domain/accounts/account.js';
import { ZProfileUpdateSchema } from '../domain/accounts/account-api.js';
import { ZImportFileSchema } from '../domain/data-transfer/data-transfer-api.js';
import { AppError } from '../domain/errors.js';
import {
  ZCheckInInputSchema,
  ZCravingInputSchema,
  ZDateParamsSchema,
  ZDateRangeQuerySchema,
  ZDoseInputSchema,
  ZDoseListQuerySchema,
  ZDosePatchSchema,
  ZIdParamsSchema,
  ZPlanInputSchema,
  ZQuestionnaireAnswersSchema,
} from '../domain/log/log-api.js';
import { ZLevelsQuerySchema } from '../domain/pk/pk-api.js';
import {
  ZSealedShareParamsSchema,
  ZSentSealedShareInputSchema,
  ZSnapshotRequestSchema,
} from '../domain/clinic/sealed-share-api.js';
import { ZQuestionnaireParamsSchema } from '../domain/questionnaires/questionnaires-api.js';
import { parseInput } from '../domain/validation/parse-input.js';
import type { PrivateOperation } from '../domain/device/private-protocol.js';
import { resolveSubject, type AccessScope, type Subject } from '../server/access/gate.js';
import {
  deleteCheckIn,
  getCheckIn,
  listCheckIns,
  saveCheckIn,
} from '../server/services/check-ins.js';
import type { DataContext } from '../server/services/context.js';
import { exportPersonData } from '../server/services/data-export.js';
import { importPersonData } from '../server/services/data-import.js';
import {
  createDose,
  deleteDose,
  getDose,
  listDoses,
  updateDose,
} from '../server/services/doses.js';
import { getLevels } from '../server/services/levels.js';
import { getAccount, updateProfile } from '../server/services/profile.js';
import { listResponses, saveResponse } from '../server/services/questionnaires.js';
import { getPlan, listCravings, recordCraving, savePlan } from '../server/services/recovery.js';
import { evaluatePersonRisk } from '../server/services/risk.js';
import { snapshotForClinic } from '../server/services/sealed-snapshot.js';
import {
  forgetSentShare,
  listSentShares,
  rememberSentShare,
} from '../server/services/sent-sealed-shares.js';
import { prescriptionsOf, setPrescription } from '../server/services/prescriptions.js';
import { ZPrescriptionInputSchema } from '../domain/treatment/treatment-api.js';

/**
 * Private mode's API: every operation on the person's data the HTTP API offers, run by the
 * same services behind the same gate, with the same schemas checking the same parts of a
 * request (`params`, `query`, `body`, so a problem's path reads `body.mg` as on the server)
 * and answering with the same JSON. `writes` tells the worker to seal a new snapshot before
 * it answers.
 */
type Operation<Args> = {
  scope: AccessScope;
  writes: boolean;
  args: z.ZodType<Args>;
  run: (ctx: DataContext, subject: Subject, args: Args) => Promise<unknown>;
};

const operation = <Args>(definition: Operation<Args>) => definition;
const none = z.object({}).optional();

/** The app's version in an export made on the device. */
export const deviceAppVersion = 'private-mode';

export const privateOperations = {
  'me.get': operation({
    scope: 'account',
    writes: false,
    args: none,
    run: async (ctx, subject) => ({ account: await getAccount(ctx, subject.userId) }),
  }),
  'me.updateProfile': operation({
    scope: 'account',
    writes: true,
    args: z.object({ body: ZProfileUpdateSchema }),
    run: async (ctx, subject, { body }) => ({
      account: await updateProfile(ctx, subject.userId, body),
    }),
  }),
  'me.export': operation({
    scope: 'export',
    writes: false,
    args: none,
    run: (ctx, subject) => exportPersonData(ctx, subject, deviceAppVersion),
  }),
  // An account's export (Ketalog JSON or FHIR) brought onto the device, as the server imports it.
  'me.import': operation({
    scope: 'export',
    writes: true,
    args: z.object({ body: ZImportFileSchema }),
    run: (ctx, subject, { body }) => importPersonData(ctx, subject, body),
  }),
  'doses.create': operation({
    scope: 'log',
    writes: true,
    args: z.object({ body: ZDoseInputSchema }),
    run: async (ctx, subject, { body }) => ({ dose: await createDose(ctx, subject, body) }),
  }),
  'doses.list': operation({
    scope: 'log',
    writes: false,
    args: z.object({ query: ZDoseListQuerySchema.default({ limit: 50 }) }),
    run: (ctx, subject, { query }) => listDoses(ctx, subject, query),
  }),
  'doses.get': operation({
    scope: 'log',
    writes: false,
    args: z.object({ params: ZIdParamsSchema }),
    run: async (ctx, subject, { params }) => ({ dose: await getDose(ctx, subject, params.id) }),
  }),
  'doses.update': operation({
    scope: 'log',
    writes: true,
    args: z.object({ params: ZIdParamsSchema, body: ZDosePatchSchema }),
    run: async (ctx, subject, { params, body }) => ({
      dose: await updateDose(ctx, subject, params.id, body),
    }),
  }),
  'doses.delete': operation({
    scope: 'log',
    writes: true,
    args: z.object({ params: ZIdParamsSchema }),
    run: (ctx, subject, { params }) => deleteDose(ctx, subject, params.id),
  }),
  'checkIns.save': operation({
    scope: 'check-ins',
    writes: true,
    args: z.object({ body: ZCheckInInputSchema }),
    run: async (ctx, subject, { body }) => ({
      checkIn: (await saveCheckIn(ctx, subject, body)).checkIn,
    }),
  }),
  'checkIns.list': operation({
    scope: 'check-ins',
    writes: false,
    args: z.object({ query: ZDateRangeQuerySchema.default({}) }),
    run: async (ctx, subject, { query }) => ({
      checkIns: await listCheckIns(ctx, subject, query),
    }),
  }),
  'checkIns.get': operation({
    scope: 'check-ins',
    writes: false,
    args: z.object({ params: ZDateParamsSchema }),
    run: async (ctx, subject, { params }) => ({
      checkIn: await getCheckIn(ctx, subject, params.date),
    }),
  }),
  'checkIns.delete': operation({
    scope: 'check-ins',
    writes: true,
    args: z.object({ params: ZDateParamsSchema }),
    run: (ctx, subject, { params }) => deleteCheckIn(ctx, subject, params.date),
  }),
  'selfChecks.save': operation({
    scope: 'self-checks',
    writes: true,
    args: z.object({ params: ZQuestionnaireParamsSchema, body: ZQuestionnaireAnswersSchema }),
    run: (ctx, subject, { params, body }) => saveResponse(ctx, subject, params.id, body),
  }),
  'selfChecks.list': operation({
    scope: 'self-checks',
    writes: false,
    args: z.object({ params: ZQuestionnaireParamsSchema }),
    run: async (ctx, subject, { params }) => ({
      responses: await listResponses(ctx, subject, params.id),
    }),
  }),
  'plan.get': operation({
    scope: 'plan',
    writes: false,
    args: none,
    run: (ctx, subject) => getPlan(ctx, subject),
  }),
  'plan.save': operation({
    scope: 'plan',
    writes: true,
    args: z.object({ body: ZPlanInputSchema }),
    run: (ctx, subject, { body }) => savePlan(ctx, subject, body),
  }),
  'cravings.record': operation({
    scope: 'plan',
    writes: true,
    args: z.object({ body: ZCravingInputSchema }),
    run: async (ctx, subject, { body }) => ({
      craving: await recordCraving(ctx, subject, body),
    }),
  }),
  'cravings.list': operation({
    scope: 'plan',
    writes: false,
    args: none,
    run: async (ctx, subject) => ({ cravings: await listCravings(ctx, subject) }),
  }),
  'risk.get': operation({
    scope: 'risk',
    writes: false,
    args: none,
    run: (ctx, subject) => evaluatePersonRisk(ctx, subject),
  }),
  'levels.get': operation({
    scope: 'levels',
    writes: false,
    args: z.object({ query: ZLevelsQuerySchema.default({}) }),
    run: (ctx, subject, { query }) => getLevels(ctx, subject, query),
  }),
  // Sharing from private mode: the page seals the snapshot and sends only ciphertext.
  'sharing.snapshot': operation({
    scope: 'sharing',
    writes: false,
    args: z.object({ body: ZSnapshotRequestSchema }),
    run: (ctx, subject, { body }) => snapshotForClinic(ctx, subject, body, deviceAppVersion),
  }),
  'sealedShares.list': operation({
    scope: 'sharing',
    writes: false,
    args: none,
    run: async (ctx, subject) => ({ shares: await listSentShares(ctx, subject) }),
  }),
  'sealedShares.remember': operation({
    scope: 'sharing',
    writes: true,
    args: z.object({ body: ZSentSealedShareInputSchema }),
    run: (ctx, subject, { body }) => rememberSentShare(ctx, subject, body),
  }),
  'sealedShares.forget': operation({
    scope: 'sharing',
    writes: true,
    args: z.object({ params: ZSealedShareParamsSchema }),
    run: (ctx, subject, { params }) => forgetSentShare(ctx, subject, params.id),
  }),
  // The person's own note of a take-home prescription, against the log on the device.
  'prescriptions.get': operation({
    scope: 'treatment',
    writes: false,
    args: none,
    run: (ctx, subject) => prescriptionsOf(ctx, subject),
  }),
  'prescriptions.save': operation({
    scope: 'treatment',
    writes: true,
    args: z.object({ body: ZPrescriptionInputSchema }),
    run: (ctx, subject, { body }) => setPrescription(ctx, subject, body),
  }),
} satisfies Record<PrivateOperation, { scope: AccessScope; writes: boolean }>;

/** Whether an operation changes stored data (and so needs a new sealed snapshot). */
export const operationWrites = (name: PrivateOperation) => privateOperations[name].writes;

export function isPrivateOperation(name: unknown): name is PrivateOperation {
  return typeof name === 'string' && Object.hasOwn(privateOperations, name);
}

/**
 * Runs one operation for the device's person: the arguments checked as the route checks
 * them, the subject from the gate, then the service.
 */
export async function runPrivateOperation(
  ctx: DataContext,
  person: Account,
  name: string,
  args: unknown,
): Promise<unknown> {
  if (!isPrivateOperation(name)) {
    throw new AppError('not_found', 'Private mode has no such operation.');
  }
  const definition = privateOperations[name] as Operation<unknown>;
  const parsed = parseInput(definition.args, args);
  const subject = await resolveSubject(ctx, person, person.id, definition.scope);
  return definition.run(ctx, subject, parsed);
}
