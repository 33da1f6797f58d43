import type { ColumnType, Generated, RawBuilder } from 'kysely';
import type { Role } from '../domain/accounts/account.js';

/** Kysely's view of the tables; migrations are the source of truth. */
export type Database = {
  users: UsersTable;
  sessions: SessionsTable;
  doses: DosesTable;
  check_ins: CheckInsTable;
  questionnaire_responses: QuestionnaireResponsesTable;
  recovery_plans: RecoveryPlansTable;
  cravings: CravingsTable;
  kb_articles: KbArticlesTable;
  rate_limit_hits: RateLimitHitsTable;
  recovery_codes: RecoveryCodesTable;
  password_reset_tokens: PasswordResetTokensTable;
  server_secrets: ServerSecretsTable;
  idempotency_keys: IdempotencyKeysTable;
  clinics: ClinicsTable;
  clinic_members: ClinicMembersTable;
  share_codes: ShareCodesTable;
  grants: GrantsTable;
  access_log: AccessLogTable;
  clinician_notes: ClinicianNotesTable;
  treatment_sessions: TreatmentSessionsTable;
  withdrawal_follow_ups: WithdrawalFollowUpsTable;
  prescriptions: PrescriptionsTable;
  sealed_shares: SealedSharesTable;
  sealed_share_openings: SealedShareOpeningsTable;
  sent_sealed_shares: SentSealedSharesTable;
  planned_sessions: PlannedSessionsTable;
  questionnaire_schedules: QuestionnaireSchedulesTable;
};

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export type UsersTable = {
  id: Generated<string>;
  email: string;
  password_hash: string;
  role: ColumnType<Role, Role | undefined, Role>;
  display_name: string | null;
  country: string | null;
  time_zone: ColumnType<string, string | undefined, string>;
  weight_kg: number | null;
  created_at: CreatedAt;
};

export type SessionsTable = {
  token_hash: string;
  id: Generated<string>;
  user_id: string;
  device: string;
  created_at: CreatedAt;
  last_used_at: Date;
  expires_at: Date;
};

export type RecoveryCodesTable = {
  code_hash: string;
  user_id: string;
  created_at: CreatedAt;
};

export type PasswordResetTokensTable = {
  token_hash: string;
  user_id: string;
  expires_at: Date;
};

export type ServerSecretsTable = { name: string; value: string };

/** jsonb columns: written as JSON text (cast explicitly), read back as values. */
type Json<T> = ColumnType<T, string, string>;

export type CoUseEntry = { substance: string; amount?: number; unit?: string };

export type DosesTable = {
  id: Generated<string>;
  user_id: string;
  taken_at: Date;
  mg: number;
  route: string;
  purpose: string | null;
  co_use: Json<CoUseEntry[]>;
  setting: string | null;
  notes: string | null;
  created_at: CreatedAt;
};

export type CheckInsTable = {
  user_id: string;
  date: string;
  craving: number | null;
  mood: number | null;
  sleep_hours: number | null;
  sleep_quality: number | null;
  symptoms: Json<Record<string, number>>;
  dissociation: number | null;
  urinary_frequency: number | null;
  urinary_urgency: number | null;
  pain_passing_urine: number | null;
  lower_belly_pain: number | null;
  blood_in_urine: boolean | null;
  self_harm_thoughts: boolean | null;
  systolic_mm_hg: number | null;
  diastolic_mm_hg: number | null;
  heart_rate_bpm: number | null;
  notes: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type QuestionnaireResponsesTable = {
  id: Generated<string>;
  user_id: string;
  questionnaire_id: string;
  taken_at: ColumnType<Date, Date | undefined, never>;
  answers: Json<number[]>;
  score: number;
  band_id: string;
  next_step_id: string;
  /** The codes of the flags the answers raised, most severe first. */
  flag_codes: Json<string[]>;
};

export type RecoveryPlanDetails = {
  reasons: string[];
  triggers: string[];
  copingSteps: string[];
  people: Array<{ name: string; phone?: string | undefined }>;
  pricePerGram?: number | undefined;
  currency?: string | undefined;
  usualGramsPerWeek?: number | undefined;
};

export type RecoveryPlansTable = {
  user_id: string;
  goal: string;
  start_date: string;
  details: Json<RecoveryPlanDetails>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type CravingsTable = {
  id: Generated<string>;
  user_id: string;
  at: Date;
  intensity: number;
  tools_tried: Json<string[]>;
  helped: boolean | null;
  notes: string | null;
};

/** Search copy of content/en/articles (synced at start); `search` is written as SQL. */
export type KbArticlesTable = {
  slug: string;
  title: string;
  summary: string;
  tags: ColumnType<string[], RawBuilder<unknown>, RawBuilder<unknown>>;
  body: string;
  search: ColumnType<string, RawBuilder<unknown>, RawBuilder<unknown>>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type RateLimitHitsTable = {
  key_hash: string;
  hits: number;
  window_ends_at: Date;
};

export type IdempotencyKeysTable = {
  user_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: Json<unknown>;
  created_at: Date;
};

export type ClinicsTable = {
  id: Generated<string>;
  name: string;
  join_code_hash: string;
  bp_defer_systolic: Generated<number>;
  bp_defer_diastolic: Generated<number>;
  bp_urgent_systolic: Generated<number>;
  bp_urgent_diastolic: Generated<number>;
  /** Null: the default preparation rules. */
  preparation_rules: Json<unknown> | null;
  created_at: CreatedAt;
};

export type ClinicMembersTable = {
  user_id: string;
  clinic_id: string;
  joined_at: ColumnType<Date, Date | undefined, Date>;
};

export type ShareCodesTable = {
  code_hash: string;
  user_id: string;
  scopes: Json<string[]>;
  days: number;
  created_at: Date;
  expires_at: Date;
};

/** A person's consent: to a clinic or to one supporter, never both. */
export type GrantsTable = {
  id: Generated<string>;
  user_id: string;
  clinic_id: string | null;
  supporter_id: string | null;
  scopes: Json<string[]>;
  created_at: Date;
  ends_at: Date;
  revoked_at: Date | null;
};

export type AccessLogTable = {
  id: Generated<number>;
  grant_id: string;
  user_id: string;
  actor_id: string | null;
  scope: string;
  at: Date;
};

export type ClinicianNotesTable = {
  id: Generated<string>;
  clinic_id: string;
  user_id: string;
  author_id: string | null;
  body: string;
  created_at: Date;
};

/** The clinic's record of a supervised session; the dose is also a row in the person's log. */
export type TreatmentSessionsTable = {
  id: Generated<string>;
  clinic_id: string;
  user_id: string;
  clinician_id: string | null;
  dose_id: string | null;
  started_at: Date;
  product: string;
  status: string;
  record: Json<unknown>;
  rems_due_date: string | null;
  rems_submitted_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

/** A take-home prescription: from a clinic, or the person's own note of one (clinic null). */
export type PrescriptionsTable = {
  id: Generated<string>;
  user_id: string;
  clinic_id: string | null;
  product: string;
  route: string;
  mg_per_dose: number;
  max_mg_per_week: number;
  updated_at: Date;
};

/** A clinic following one client's withdrawal; at most one running (ended_at null) per pair. */
export type WithdrawalFollowUpsTable = {
  id: Generated<string>;
  clinic_id: string;
  user_id: string;
  started_by: string | null;
  start_date: string;
  daily_check_ins: boolean;
  created_at: Date;
  ended_at: Date | null;
};

/** Ciphertext from private mode, for the clinic that opens it first; the server has no key. */
export type SealedSharesTable = {
  id: Generated<string>;
  ciphertext: string;
  removal_token_hash: string;
  created_at: Date;
  expires_at: Date;
  clinic_id: string | null;
  claimed_at: Date | null;
};

/** Each opening of a sealed share: who, for which clinic, when (not whose data: unknown). */
export type SealedShareOpeningsTable = {
  id: Generated<number>;
  share_id: string;
  clinic_id: string;
  actor_id: string | null;
  at: Date;
};

/** On the device: the person's record of a snapshot they shared, to see and withdraw it. */
export type SentSealedSharesTable = {
  id: string;
  user_id: string;
  removal_token: string;
  scopes: Json<string[]>;
  created_at: Date;
  expires_at: Date;
};

/** A client's next session at a clinic, as the clinic planned it. */
export type PlannedSessionsTable = {
  clinic_id: string;
  user_id: string;
  starts_at: Date;
  updated_at: Date;
};

/** A self-check a clinic asks a client to repeat every `every_days` from `starts_on`. */
export type QuestionnaireSchedulesTable = {
  clinic_id: string;
  user_id: string;
  questionnaire_id: string;
  every_days: number;
  starts_on: string;
  updated_at: Date;
};
