import { catalogue } from '../../i18n/catalogue.js';
import { checkInteractions } from '../../interactions/index.js';
import { riskFlagWords } from '../flag-words.js';
import type { RiskFlag } from '../types.js';

const english = catalogue('en');

/** A flag's words as an English reader sees them. */
export const wordsOf = (flag: RiskFlag | undefined) =>
  flag === undefined ? undefined : riskFlagWords(flag, english, checkInteractions);
