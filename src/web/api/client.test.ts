import { describe, expect, it } from 'vitest';
import { ApiError, shouldRetry } from './client.js';

describe('when the web app retries a failed request', () => {
  it('never retries a refusal (4xx): the same request would be refused again', () => {
    for (const status of [400, 401, 403, 404, 409, 413, 429]) {
      expect(shouldRetry(0, new ApiError(status, 'validation_failed', 'no'))).toBe(false);
    }
  });

  it('tries once more after a network failure or a server error, then gives up', () => {
    for (const error of [
      new ApiError(0, 'unavailable', 'offline'),
      new ApiError(503, 'unavailable', 'down'),
    ]) {
      expect(shouldRetry(0, error)).toBe(true);
      expect(shouldRetry(1, error)).toBe(false);
    }
  });
});
