import { accountMessagesEn } from './messages/account.en.js';
import { coreMessagesEn } from './messages/core.en.js';
import { helpMessagesEn } from './messages/help.en.js';
import { errorMessagesEn } from './messages/errors.en.js';
import { learnMessagesEn } from './messages/learn.en.js';
import { levelsMessagesEn } from './messages/levels.en.js';
import { logMessagesEn } from './messages/log.en.js';
import { todayMessagesEn } from './messages/today.en.js';

/**
 * Every user-facing string of the web app: one catalogue, kept in one file per area so that
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
} as const;

export type MessageKey = keyof typeof messagesEn;
