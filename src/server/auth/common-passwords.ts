import { dictionary } from '@zxcvbn-ts/language-common';
import type { CommonPasswordCheck } from '../../domain/accounts/password-strength.js';

/**
 * The 49,000 most common passwords from breach corpora, as maintained by zxcvbn-ts
 * (`@zxcvbn-ts/language-common`), folded the way the strength check folds a candidate.
 * Built on first use: only the server needs it, so it stays out of the web bundle.
 */
let folded: Set<string> | undefined;

export const isCommonPassword: CommonPasswordCheck = (candidate) => {
  folded ??= new Set(
    dictionary['passwords-common'].map((entry) =>
      entry.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''),
    ),
  );
  return folded.has(candidate);
};
