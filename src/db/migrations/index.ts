import type { Migration, MigrationProvider } from 'kysely';
import * as accounts from './0001-accounts.js';
import * as selfMonitoring from './0002-self-monitoring.js';
import * as knowledgeBase from './0003-knowledge-base.js';
import * as rateLimits from './0004-rate-limits.js';
import * as sessionsAndRecovery from './0005-sessions-and-recovery.js';
import * as idempotencyKeys from './0006-idempotency-keys.js';
import * as questionnaireResultsAsIds from './0007-questionnaire-results-as-ids.js';
import * as clinicsAndSharing from './0008-clinics-and-sharing.js';
import * as treatmentSessions from './0009-treatment-sessions.js';
import * as treatmentSchedules from './0010-treatment-schedules.js';
import * as withdrawalFollowUps from './0011-withdrawal-follow-ups.js';
import * as sealedShares from './0012-sealed-shares.js';

/**
 * Forward-only, numbered migrations. Imported statically so the same list works from
 * source (tests) and from the build; Kysely keeps the applied list in the database.
 */
const migrations: Record<string, Migration> = {
  '0001-accounts': accounts,
  '0002-self-monitoring': selfMonitoring,
  '0003-knowledge-base': knowledgeBase,
  '0004-rate-limits': rateLimits,
  '0005-sessions-and-recovery': sessionsAndRecovery,
  '0006-idempotency-keys': idempotencyKeys,
  '0007-questionnaire-results-as-ids': questionnaireResultsAsIds,
  '0008-clinics-and-sharing': clinicsAndSharing,
  '0009-treatment-sessions': treatmentSessions,
  '0010-treatment-schedules': treatmentSchedules,
  '0011-withdrawal-follow-ups': withdrawalFollowUps,
  '0012-sealed-shares': sealedShares,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
