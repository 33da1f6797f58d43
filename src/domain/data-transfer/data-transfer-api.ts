import { z } from 'zod';
import { ZAccountSchema } from '../accounts/account.js';
import {
  ZAccessLogEntrySchema,
  ZClinicianNoteSchema,
  ZGrantSchema,
  ZWithdrawalFollowUpSchema,
} from '../clinic/clinic-api.js';
import { ZSentSealedShareSchema } from '../clinic/sealed-share-api.js';
import { ZPrescriptionSchema, ZTreatmentSessionSchema } from '../treatment/treatment-api.js';
import { ZTreatmentPlansSchema } from '../treatment/treatment-schedule-api.js';
import { ZCheckInSchema, ZDoseSchema } from '../log/log-api.js';
import { ZQuestionnaireResponseSchema } from '../questionnaires/questionnaires-api.js';
import { ZCravingSchema, ZPlanSchema } from '../recovery/recovery-api.js';
import { reportKinds } from '../reports/report-document.js';
import { ketalogFileSchemaVersion } from './ketalog-file.js';

/** Request and response bodies of the export, import and report routes. */

/** Everything stored about the person, as one JSON document (their right of access). */
export const ZPersonDataExportSchema = z.object({
  format: z.literal('ketalog-export'),
  /** The layout of this file; an import reads the versions it knows. */
  schemaVersion: z.literal(ketalogFileSchemaVersion),
  /** The Ketalog version that wrote the file. */
  version: z.string(),
  exportedAt: z.string(),
  account: ZAccountSchema,
  doses: z.array(ZDoseSchema),
  checkIns: z.array(ZCheckInSchema),
  questionnaireResponses: z.array(ZQuestionnaireResponseSchema),
  recoveryPlan: ZPlanSchema.nullable(),
  cravings: z.array(ZCravingSchema),
  /** Who the person shares with (not imported: a grant is between two accounts). */
  sharingGrants: z.array(ZGrantSchema),
  /** Sessions clinics recorded (not imported: they are the clinic's record). */
  treatmentSessions: z.array(ZTreatmentSessionSchema),
  /*
   * Added to layout 1 (an older file lacks them and still imports). Only the person's own
   * prescription note is imported; the rest is each clinic's record, or the server's.
   */
  /** Clinicians' notes about the person (open notes: they read them in the app too). */
  clinicianNotes: z.array(ZClinicianNoteSchema),
  /** Clinics' take-home prescriptions, and the person's own note of one (clinic null). */
  prescriptions: z.array(ZPrescriptionSchema),
  ...ZTreatmentPlansSchema.shape,
  /** Every withdrawal follow-up a clinic ran or runs for the person, ended ones included. */
  withdrawalFollowUps: z.array(ZWithdrawalFollowUpSchema),
  /** Every look at the person's data under their grants, newest first. */
  accessLog: z.array(ZAccessLogEntrySchema),
  /** Private mode's record of the snapshots it shared (the token that withdraws one stays out). */
  sentSealedShares: z.array(ZSentSealedShareSchema.omit({ removalToken: true })),
});

/** A FHIR R4 collection Bundle; its resources are described in the README's profile table. */
export const ZFhirBundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  id: z.string(),
  type: z.literal('collection'),
  entry: z.array(
    z.object({
      fullUrl: z.string(),
      resource: z.looseObject({ resourceType: z.string(), id: z.string() }),
    }),
  ),
});

export const exportFormats = ['ketalog', 'fhir'] as const;
export const ZExportQuerySchema = z.object({
  format: z.enum(exportFormats).default('ketalog'),
});

/** Either file the export gives: the Ketalog JSON file or a FHIR Bundle; checked by the import. */
export const ZImportFileSchema = z
  .record(z.string(), z.unknown())
  .describe('A file from GET /api/me/export (Ketalog JSON, or FHIR with ?format=fhir)');

const ZImportCountsSchema = z.object({
  doses: z.number(),
  checkIns: z.number(),
  questionnaireResponses: z.number(),
  cravings: z.number(),
  plan: z.number(),
  /** The person's own prescription note (clinics' prescriptions are not imported). */
  prescription: z.number(),
});
export type ImportCounts = z.infer<typeof ZImportCountsSchema>;

export const ZImportResultSchema = z.object({
  format: z.enum(exportFormats),
  /** Entries saved by this import. */
  added: ZImportCountsSchema,
  /** Entries the account already had (so importing a file twice adds nothing the second time). */
  alreadyPresent: ZImportCountsSchema,
});
export type ImportResult = z.infer<typeof ZImportResultSchema>;

export const ZReportParamsSchema = z.object({ kind: z.enum(reportKinds) });
/** A PDF file: its bytes are sent as they are, not as JSON. */
export const ZPdfSchema = z
  .custom<Buffer>()
  .meta({ description: 'A PDF document (application/pdf)', type: 'string', format: 'binary' });
