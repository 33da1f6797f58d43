import { coreMessagesEn } from './messages/core.en.js';
import { errorMessagesEn } from './messages/errors.en.js';
import { learnMessagesEn } from './messages/learn.en.js';
import { levelsMessagesEn } from './messages/levels.en.js';
import { logMessagesEn } from './messages/log.en.js';

/**
 * Every user-facing string of the web app: one catalogue, kept in one file per area so that
 * areas can grow independently. A translation is another set of files of the same shape.
 */
export const messagesEn = {
  ...coreMessagesEn,
  ...errorMessagesEn,
  ...logMessagesEn,
  ...learnMessagesEn,
  ...levelsMessagesEn,
} as const;

export type MessageKey = keyof typeof messagesEn;
