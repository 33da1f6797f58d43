import { z } from 'zod';
import { ZCheckInSchema, ZDoseSchema } from '../log/log-api.js';
import { ZQuestionnaireResponseSchema } from '../questionnaires/questionnaires-api.js';
import { ZCravingSchema, ZPlanSchema } from '../recovery/recovery-api.js';
import { ZRiskResultSchema } from '../risk/risk-api.js';
import { safeText } from '../input-schemas.js';
import { SHARE_SCOPES, type ShareScope } from './clinic-api.js';

/**
 * Sharing from private mode: the device seals a snapshot of the chosen scopes under a random
 * key; the server keeps only the ciphertext, against an id. The key travels in the link's
 * `#fragment`, which browsers never send, so the server can never read the snapshot.
 */

/**
 * The scopes a snapshot can hold: the account-sharing list without `levels` and `summary`,
 * which are live views (a curve that moves with the clock, a supporter's daily glance).
 */
export const SNAPSHOT_SCOPES = SHARE_SCOPES.filter(
  (scope): scope is Exclude<ShareScope, 'levels' | 'summary'> =>
    scope !== 'levels' && scope !== 'summary',
);
export type SnapshotScope = (typeof SNAPSHOT_SCOPES)[number];

/**
 * How long the server keeps a snapshot. Shorter than account sharing: a snapshot is for a
 * visit, and a link with its key in it may sit in a chat history.
 */
export const SEALED_SHARE_DAYS = [7, 30, 90] as const;

const dateTime = z.iso.datetime({ offset: true });
const ZSnapshotScopeSchema = z.enum(SNAPSHOT_SCOPES);

/** What the device sends: only ciphertext (base64) and how long to keep it. */
export const ZSealedShareInputSchema = z.strictObject({
  ciphertext: z.base64('must be base64').min(1, 'required'),
  days: z.union(SEALED_SHARE_DAYS.map((days) => z.literal(days))),
});

export const ZSealedShareCreatedSchema = z.object({
  id: z.uuid(),
  /** Proves to the server that whoever removes the snapshot is whoever made it. */
  removalToken: z.string(),
  expiresAt: dateTime,
});
export type SealedShareCreated = z.infer<typeof ZSealedShareCreatedSchema>;

export const ZSealedShareParamsSchema = z.object({
  id: z.uuid({ message: 'not a valid snapshot code' }),
});

export const ZSealedShareRemovalSchema = z.strictObject({
  removalToken: safeText(100).min(1, 'required'),
});

/**
 * What the maker learns with its removal token: whether a clinic opened the snapshot (the
 * first one, which claimed it: its name and when), or whether it is past its date. Which
 * clinician opened it, and how often, stay in the clinic's own log.
 */
export const ZSealedShareStatusSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('not-opened') }),
  z.object({
    status: z.literal('opened'),
    openedAt: dateTime,
    clinic: z.object({ name: z.string() }),
  }),
  z.object({ status: z.literal('expired') }),
]);
export type SealedShareStatus = z.infer<typeof ZSealedShareStatusSchema>;
/**
 * The same as the device shows it: `removed` when the server has nothing the device's own
 * token opens before the snapshot's date (the server keeps nothing of a withdrawn snapshot,
 * so it cannot tell that apart from a wrong token; the device knows its token is right).
 */
export type SentSnapshotStatus = SealedShareStatus | { status: 'removed' };

/** What a clinic member gets: the ciphertext, to open with the key from the link. */
export const ZSealedShareSchema = z.object({
  ciphertext: z.string(),
  createdAt: dateTime,
  expiresAt: dateTime,
});

/** The snapshot inside the ciphertext: the chosen scopes of the person's Ketalog file. */
export const ZSealedSnapshotSchema = z.object({
  format: z.literal('ketalog-sealed-snapshot'),
  /** The Ketalog version that made it. */
  version: z.string(),
  /** When it was made: it does not change after that. */
  exportedAt: dateTime,
  scopes: z.array(ZSnapshotScopeSchema),
  /** The name the person gave themselves, if any, and the time zone their days are in. */
  person: z.object({ displayName: z.string().nullable(), timeZone: z.string() }),
  doses: z.array(ZDoseSchema),
  checkIns: z.array(ZCheckInSchema),
  questionnaireResponses: z.array(ZQuestionnaireResponseSchema),
  recoveryPlan: ZPlanSchema.nullable(),
  cravings: z.array(ZCravingSchema),
  /** The warnings as the device worked them out from all the data when it sealed them. */
  risk: ZRiskResultSchema.nullable(),
});
export type SealedSnapshot = z.infer<typeof ZSealedSnapshotSchema>;

/** The device asks for a snapshot of these scopes, kept this long. */
export const ZSnapshotRequestSchema = z.strictObject({
  scopes: z
    .array(ZSnapshotScopeSchema)
    .min(1, 'Choose at least one thing to share')
    .max(SNAPSHOT_SCOPES.length)
    .refine((scopes) => new Set(scopes).size === scopes.length, 'Name each scope once'),
  days: z.union(SEALED_SHARE_DAYS.map((days) => z.literal(days))),
});
export type SnapshotRequest = z.infer<typeof ZSnapshotRequestSchema>;

/** The device's own record of a snapshot it shared, so the person can see and withdraw it. */
export const ZSentSealedShareInputSchema = z.strictObject({
  id: z.uuid(),
  removalToken: safeText(100).min(1),
  scopes: z.array(ZSnapshotScopeSchema),
  expiresAt: dateTime,
});
export const ZSentSealedShareSchema = z.object({
  id: z.uuid(),
  removalToken: z.string(),
  scopes: z.array(ZSnapshotScopeSchema),
  createdAt: dateTime,
  expiresAt: dateTime,
});
export const ZSentSealedShareListSchema = z.object({ shares: z.array(ZSentSealedShareSchema) });
