import type { z } from 'zod';
import type {
  ZAccountResponseSchema,
  ZChangePasswordSchema,
  ZCredentialsSchema,
  ZDeleteAccountSchema,
  ZForgotPasswordSchema,
  ZNewRecoveryCodesSchema,
  ZProfileUpdateSchema,
  ZRecoveryCodesSchema,
  ZRecoveryOptionsSchema,
  ZResetPasswordSchema,
  ZSessionListSchema,
  ZSignUpResponseSchema,
} from '../../domain/accounts/account-api.js';
import type { Account } from '../../domain/accounts/account.js';
import type {
  ImportResult,
  ZImportFileSchema,
} from '../../domain/data-transfer/data-transfer-api.js';
import type { FamilyGuideAnswer } from '../../domain/family/family-api.js';
import type { ZHelpAnswerSchema } from '../../domain/help/help-api.js';
import type {
  KbSearchAnswer,
  ZArticleListSchema,
  ZArticleResponseSchema,
} from '../../domain/kb/kb-api.js';
import type {
  ZCheckInInputSchema,
  ZCheckInListSchema,
  ZCheckInResponseSchema,
  ZCravingInputSchema,
  ZDateRangeQuerySchema,
  ZDoseInputSchema,
  ZDoseListQuerySchema,
  ZDoseListSchema,
  ZDosePatchSchema,
  ZDoseResponseSchema,
  ZPlanInputSchema,
  ZQuestionnaireAnswersSchema,
} from '../../domain/log/log-api.js';
import type { PathwayAnswer } from '../../domain/pathway/pathway-api.js';
import type { Levels, LevelsQuery } from '../../domain/pk/pk-api.js';
import type {
  ZQuestionnaireBodySchema,
  ZQuestionnaireListSchema,
  ZQuestionnaireResponseBodySchema,
  ZQuestionnaireResponseListSchema,
} from '../../domain/questionnaires/questionnaires-api.js';
import type {
  PlanWithProgress,
  ZCravingResponseSchema,
} from '../../domain/recovery/recovery-api.js';
import type { ZRiskResultSchema } from '../../domain/risk/risk-api.js';
import type {
  ZAccessLogSchema,
  ZCaseloadSchema,
  ZClientResponseSchema,
  ZClinicianNoteListSchema,
  ZClinicianNoteResponseSchema,
  ZClinicSchema,
  ZGrantListSchema,
  ZMyFollowUpsSchema,
  ZShareCodeInputSchema,
  ZShareCodeSchema,
  ZSupportingSchema,
  ZWithdrawalFollowUpInputSchema,
  ZWithdrawalFollowUpResponseSchema,
} from '../../domain/clinic/clinic-api.js';
import type {
  ZOutcomesSchema,
  ZPrescriptionInputSchema,
  ZPrescriptionListSchema,
  ZRemsDueSchema,
  ZTreatmentSessionInputSchema,
  ZTreatmentSessionListSchema,
  ZTreatmentSessionPatchSchema,
  ZTreatmentSessionResponseSchema,
} from '../../domain/treatment/treatment-api.js';
import type {
  ZClientNextSessionSchema,
  ZMyTreatmentScheduleSchema,
  ZPreparationRulesInputSchema,
  ZPreparationRulesSchema,
  ZQuestionnaireScheduleInputSchema,
  ZQuestionnaireScheduleListSchema,
} from '../../domain/treatment/treatment-schedule-api.js';

import type {
  SealedSnapshot,
  SentSnapshotStatus,
  SnapshotScope,
  ZSentSealedShareListSchema,
  ZSentSealedShareSchema,
  ZSnapshotRequestSchema,
} from '../../domain/clinic/sealed-share-api.js';

/** What a method sends: the schema's input (defaults may be left out). */
type In<Schema extends z.ZodType> = z.input<Schema>;
/** What a method answers: the schema of the route's answer, after validation. */
type Out<Schema extends z.ZodType> = z.output<Schema>;

/** Creating writes take a key: a resend with the same key stores the entry once. */
export type WriteOptions = { idempotencyKey?: string };

export type DoseListQuery = Omit<In<typeof ZDoseListQuerySchema>, 'limit'> & { limit?: number };

/** The files the data page offers: everything as JSON, or one kind of entry as CSV. */
export type ExportFileKind =
  | 'json'
  | 'fhir'
  | 'doses-csv'
  | 'check-ins-csv'
  | 'self-checks-csv'
  | 'cravings-csv'
  | 'gp-report'
  | 'urologist-report';
export type ExportFile = { fileName: string; blob: Blob };

/** A snapshot shared from private mode: the key is for the clinic's link only, never sent. */
export type SharedSnapshot = {
  id: string;
  key: string;
  scopes: SnapshotScope[];
  expiresAt: string;
};
/** A snapshot a clinician opened: what it holds, and when the server received it. */
export type OpenedSnapshot = { snapshot: SealedSnapshot; createdAt: string; expiresAt: string };

/**
 * Everything the web app asks of Ketalog, one method per operation, typed by the API
 * contract in src/domain/<area>/<area>-api.ts. Pages reach it only through the hooks of
 * their feature (useClient() in client-context.tsx), so another implementation (the same
 * services on the device, say) is one new file. Failures are thrown as ApiError (client.ts)
 * with the error's code, whichever implementation answers.
 */
export interface KetalogClient {
  // The account
  /** The signed-in account, or null when nobody is signed in. */
  currentAccount(): Promise<Account | null>;
  signUp(credentials: In<typeof ZCredentialsSchema>): Promise<Out<typeof ZSignUpResponseSchema>>;
  signIn(credentials: In<typeof ZCredentialsSchema>): Promise<Out<typeof ZAccountResponseSchema>>;
  signOut(): Promise<void>;
  recoveryOptions(): Promise<Out<typeof ZRecoveryOptionsSchema>>;
  forgotPassword(body: In<typeof ZForgotPasswordSchema>): Promise<void>;
  resetPassword(body: In<typeof ZResetPasswordSchema>): Promise<Out<typeof ZAccountResponseSchema>>;
  updateProfile(
    change: In<typeof ZProfileUpdateSchema>,
  ): Promise<Out<typeof ZAccountResponseSchema>>;
  changePassword(
    body: In<typeof ZChangePasswordSchema>,
  ): Promise<Out<typeof ZAccountResponseSchema>>;
  newRecoveryCodes(
    body: In<typeof ZNewRecoveryCodesSchema>,
  ): Promise<Out<typeof ZRecoveryCodesSchema>>;
  listSessions(): Promise<Out<typeof ZSessionListSchema>>;
  endSession(id: string): Promise<void>;
  endAllSessions(): Promise<void>;
  deleteAccount(body: In<typeof ZDeleteAccountSchema>): Promise<void>;
  /** One file of the person's data, ready to save on the device. */
  exportFile(kind: ExportFileKind): Promise<ExportFile>;
  /** Adds what a Ketalog or FHIR export file holds; entries already there are not added twice. */
  importFile(file: In<typeof ZImportFileSchema>): Promise<ImportResult>;

  // The log
  listDoses(query: DoseListQuery): Promise<Out<typeof ZDoseListSchema>>;
  createDose(
    dose: In<typeof ZDoseInputSchema>,
    options?: WriteOptions,
  ): Promise<Out<typeof ZDoseResponseSchema>>;
  updateDose(
    id: string,
    change: In<typeof ZDosePatchSchema>,
  ): Promise<Out<typeof ZDoseResponseSchema>>;
  deleteDose(id: string): Promise<void>;
  listCheckIns(range: In<typeof ZDateRangeQuerySchema>): Promise<Out<typeof ZCheckInListSchema>>;
  /** Creates or replaces the check-in of its date. */
  saveCheckIn(
    checkIn: In<typeof ZCheckInInputSchema>,
    options?: WriteOptions,
  ): Promise<Out<typeof ZCheckInResponseSchema>>;
  deleteCheckIn(date: string): Promise<void>;
  risk(): Promise<Out<typeof ZRiskResultSchema>>;
  plan(): Promise<PlanWithProgress>;
  savePlan(plan: In<typeof ZPlanInputSchema>): Promise<PlanWithProgress>;
  logCraving(craving: In<typeof ZCravingInputSchema>): Promise<Out<typeof ZCravingResponseSchema>>;
  /** The person's estimated levels, with a what-if dose when one is given. */
  levels(whatIf?: LevelsQuery): Promise<Levels>;

  // Self-checks
  listQuestionnaires(): Promise<Out<typeof ZQuestionnaireListSchema>>;
  questionnaire(id: string): Promise<Out<typeof ZQuestionnaireBodySchema>>;
  listResponses(questionnaireId: string): Promise<Out<typeof ZQuestionnaireResponseListSchema>>;
  /** Scores and stores a signed-in person's answers (signed out, they are scored on the device). */
  submitResponse(
    questionnaireId: string,
    answers: In<typeof ZQuestionnaireAnswersSchema>,
    options?: WriteOptions,
  ): Promise<Out<typeof ZQuestionnaireResponseBodySchema>>;

  // Help and reading, open to everyone; no country: the server's choice for this visitor
  help(country?: string): Promise<Out<typeof ZHelpAnswerSchema>>;
  familyGuide(country?: string): Promise<FamilyGuideAnswer>;
  pathway(country?: string): Promise<PathwayAnswer>;
  articles(): Promise<Out<typeof ZArticleListSchema>>;
  article(slug: string): Promise<Out<typeof ZArticleResponseSchema>>;
  searchArticles(text: string): Promise<KbSearchAnswer>;

  // Sharing: the person's consent, who holds it, who looked
  createShareCode(input: In<typeof ZShareCodeInputSchema>): Promise<Out<typeof ZShareCodeSchema>>;
  listGrants(): Promise<Out<typeof ZGrantListSchema>>;
  revokeGrant(id: string): Promise<void>;
  accessLog(): Promise<Out<typeof ZAccessLogSchema>>;
  /** The notes clinics wrote about the person (open notes). */
  notesAboutMe(): Promise<Out<typeof ZClinicianNoteListSchema>>;
  supporting(): Promise<Out<typeof ZSupportingSchema>>;
  redeemSupporterCode(code: string): Promise<Out<typeof ZClientResponseSchema>>;
  /** One of the person's sessions sessions as a dated PDF record, to take to another clinic or a GP. */
  myTreatmentSessionReport(sessionId: string): Promise<ExportFile>;

  // Sharing from private mode: a snapshot sealed on the device, ciphertext on the server
  /** Seals the chosen scopes under a new key here and leaves only the ciphertext on the server. */
  shareSnapshot(request: In<typeof ZSnapshotRequestSchema>): Promise<SharedSnapshot>;
  /** The snapshots this device shared, newest first (those that ran out too). */
  sharedSnapshots(): Promise<Out<typeof ZSentSealedShareListSchema>>;
  /** Whether a clinic opened a shared snapshot, asked with its removal token. */
  snapshotStatus(share: Out<typeof ZSentSealedShareSchema>): Promise<SentSnapshotStatus>;
  /** Removes a shared snapshot from the server (with the token only this device holds). */
  withdrawSnapshot(id: string): Promise<void>;

  // The clinic area: a clinician's clinic, caseload and clients
  joinClinic(code: string): Promise<Out<typeof ZClinicSchema>>;
  clinic(): Promise<Out<typeof ZClinicSchema>>;
  caseload(): Promise<Out<typeof ZCaseloadSchema>>;
  addClient(code: string): Promise<Out<typeof ZClientResponseSchema>>;
  clientRisk(clientId: string): Promise<Out<typeof ZRiskResultSchema>>;
  clientDoses(clientId: string): Promise<Out<typeof ZDoseListSchema>>;
  clientCheckIns(clientId: string): Promise<Out<typeof ZCheckInListSchema>>;
  clientNotes(clientId: string): Promise<Out<typeof ZClinicianNoteListSchema>>;
  writeClientNote(
    clientId: string,
    body: string,
  ): Promise<Out<typeof ZClinicianNoteResponseSchema>>;
  /** A clinician fetches a sealed snapshot's ciphertext and opens it in this browser. */
  openSnapshot(id: string, key: string): Promise<OpenedSnapshot>;

  // Treatment sessions, take-home prescriptions and outcomes, as the clinic records them
  /** The clinic's sessions with the client, newest first. */
  clientSessions(clientId: string): Promise<Out<typeof ZTreatmentSessionListSchema>>;
  recordSession(
    clientId: string,
    session: In<typeof ZTreatmentSessionInputSchema>,
  ): Promise<Out<typeof ZTreatmentSessionResponseSchema>>;
  /** Corrects or completes a session, or records that its REMS form was sent. */
  changeSession(
    id: string,
    change: In<typeof ZTreatmentSessionPatchSchema>,
  ): Promise<Out<typeof ZTreatmentSessionResponseSchema>>;
  remsDue(): Promise<Out<typeof ZRemsDueSchema>>;
  clientPrescriptions(clientId: string): Promise<Out<typeof ZPrescriptionListSchema>>;
  setClientPrescription(
    clientId: string,
    prescription: In<typeof ZPrescriptionInputSchema>,
  ): Promise<Out<typeof ZPrescriptionListSchema>>;
  outcomes(): Promise<Out<typeof ZOutcomesSchema>>;
  /** Where the browser downloads the outcomes as CSV (a link, not a call). */
  outcomesCsvUrl(): string;

  // Treatment, the person's side: their session passport, prescriptions and clinics' plans
  myTreatmentSessions(): Promise<Out<typeof ZTreatmentSessionListSchema>>;
  myPrescriptions(): Promise<Out<typeof ZPrescriptionListSchema>>;
  /** The person's own note of a prescription, for their reference. */
  saveMyPrescription(
    input: In<typeof ZPrescriptionInputSchema>,
  ): Promise<Out<typeof ZPrescriptionListSchema>>;
  /** Next sessions with the preparation check, and the self-checks clinics asked for. */
  myTreatmentSchedule(): Promise<Out<typeof ZMyTreatmentScheduleSchema>>;

  // Treatment planning in the clinic area
  preparationRules(): Promise<Out<typeof ZPreparationRulesSchema>>;
  savePreparationRules(
    input: In<typeof ZPreparationRulesInputSchema>,
  ): Promise<Out<typeof ZPreparationRulesSchema>>;
  clientNextSession(clientId: string): Promise<Out<typeof ZClientNextSessionSchema>>;
  /** `startsAt: null` clears the planned session. */
  planClientSession(
    clientId: string,
    startsAt: string | null,
  ): Promise<Out<typeof ZClientNextSessionSchema>>;
  clientQuestionnaireSchedule(
    clientId: string,
  ): Promise<Out<typeof ZQuestionnaireScheduleListSchema>>;
  scheduleClientQuestionnaire(
    clientId: string,
    input: In<typeof ZQuestionnaireScheduleInputSchema>,
  ): Promise<Out<typeof ZQuestionnaireScheduleListSchema>>;
  /** The clinic's session record as a dated PDF. */
  clientSessionReport(sessionId: string): Promise<ExportFile>;
  // Supervised withdrawal: the clinic follows a client; the person sees who follows them
  clientFollowUp(clientId: string): Promise<Out<typeof ZWithdrawalFollowUpResponseSchema>>;
  startFollowUp(
    clientId: string,
    input: In<typeof ZWithdrawalFollowUpInputSchema>,
  ): Promise<Out<typeof ZWithdrawalFollowUpResponseSchema>>;
  endFollowUp(clientId: string): Promise<Out<typeof ZWithdrawalFollowUpResponseSchema>>;
  myFollowUps(): Promise<Out<typeof ZMyFollowUpsSchema>>;
}
