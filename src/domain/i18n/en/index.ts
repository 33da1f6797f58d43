import { accountMessagesEn } from './account.js';
import { cliMessagesEn } from './cli.js';
import { clinicMessagesEn } from './clinic.js';
import { clinicTreatmentMessagesEn } from './clinic-treatment.js';
import { coreMessagesEn } from './core.js';
import { helpMessagesEn } from './help.js';
import { errorMessagesEn } from './errors.js';
import { learnMessagesEn } from './learn.js';
import { levelsMessagesEn } from './levels.js';
import { logMessagesEn } from './log.js';
import { myTreatmentMessagesEn } from './my-treatment.js';
import { privateMessagesEn } from './private.js';
import { questionnaireMessagesEn } from './questionnaires.js';
import { riskMessagesEn } from './risk.js';
import { snapshotMessagesEn } from './snapshots.js';
import { todayMessagesEn } from './today.js';

/**
 * Every user-facing string of the web app and the CLI: one catalogue, kept in one file per area so that
 * areas can grow independently. A translation is another set of files of the same shape.
 */
export const messagesEn = {
  ...coreMessagesEn,
  ...accountMessagesEn,
  ...errorMessagesEn,
  ...logMessagesEn,
  ...learnMessagesEn,
  ...levelsMessagesEn,
  ...helpMessagesEn,
  ...todayMessagesEn,
  ...riskMessagesEn,
  ...privateMessagesEn,
  ...questionnaireMessagesEn,
  ...cliMessagesEn,
  ...clinicMessagesEn,
  ...snapshotMessagesEn,
  ...clinicTreatmentMessagesEn,
  ...myTreatmentMessagesEn,
} as const;

export type MessageKey = keyof typeof messagesEn;
