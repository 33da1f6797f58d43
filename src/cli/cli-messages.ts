import { catalogue } from '../domain/i18n/catalogue.js';

/** The command line's catalogue, in the language of the environment (LC_ALL, LANG), else English. */
export const cliMessages = catalogue(
  [process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG].filter(
    (value): value is string => value !== undefined && value !== '' && value !== 'C',
  ),
);
