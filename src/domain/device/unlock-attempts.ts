import { AppError } from '../errors.js';

/**
 * Wrong passphrases in a row cost time: three are free (typos), then each wait doubles from
 * 5 seconds up to 15 minutes. This slows someone guessing at the lock screen; someone who
 * copies the browser's storage guesses offline, where only the key derivation's cost and the
 * passphrase's length protect the data (docs/private-mode.md). The same rule serves private
 * mode's lock (in its worker) and the account-mode device lock (in the page).
 */
export type UnlockAttempts = { failures: number; lastFailureAt: number | null };

const freeFailures = 3;
const firstWaitMs = 5_000;
const longestWaitMs = 15 * 60_000;

export const noFailures: UnlockAttempts = { failures: 0, lastFailureAt: null };

export function waitAfterFailures(failures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(longestWaitMs, firstWaitMs * 2 ** (failures - freeFailures));
}

/** How long until the next attempt may be made (0: now). */
export function unlockWaitMs(attempts: UnlockAttempts, nowMs: number): number {
  if (attempts.lastFailureAt === null) return 0;
  return Math.max(0, attempts.lastFailureAt + waitAfterFailures(attempts.failures) - nowMs);
}

export function afterFailure(attempts: UnlockAttempts, nowMs: number): UnlockAttempts {
  return { failures: attempts.failures + 1, lastFailureAt: nowMs };
}

/** Refuses a try while a wait is running, with the same words on both lock screens. */
export function assertMayTry(attempts: UnlockAttempts, nowMs: number): void {
  const waitMs = unlockWaitMs(attempts, nowMs);
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new AppError(
      'rate_limited',
      `Too many wrong tries. Please wait ${seconds} seconds and try again.`,
      undefined,
      { reason: 'too-many-unlock-tries', params: { count: seconds } },
    );
  }
}
