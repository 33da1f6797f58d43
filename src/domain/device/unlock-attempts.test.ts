import { describe, expect, it } from 'vitest';
import { afterFailure, noFailures, unlockWaitMs, waitAfterFailures } from './unlock-attempts.js';

describe('unlock attempts', () => {
  it('lets three wrong passphrases pass, then makes each wait twice as long, up to 15 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 20, 1000].map(waitAfterFailures)).toEqual([
      0, 0, 0, 5_000, 10_000, 20_000, 900_000, 900_000,
    ]);
  });

  it('counts the wait from the last failure', () => {
    let attempts = noFailures;
    for (let at = 0; at < 4; at++) attempts = afterFailure(attempts, 1_000);
    expect(attempts.failures).toBe(4);
    expect(unlockWaitMs(attempts, 1_000)).toBe(10_000);
    expect(unlockWaitMs(attempts, 9_000)).toBe(2_000);
    expect(unlockWaitMs(attempts, 11_000)).toBe(0);
    expect(unlockWaitMs(noFailures, 0)).toBe(0);
  });
});
