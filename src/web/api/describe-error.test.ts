import { describe, expect, it } from 'vitest';
import { ZRegimenSchema } from '../../domain/pk/index.js';
import { parseInput } from '../../domain/validation/parse-input.js';
import { ApiError } from './client.js';
import { describeError, fieldError } from './describe-error.js';

const tooMuchSleep = new ApiError(
  400,
  'validation_failed',
  'Please check sleepHours: at most 24.',
  [{ path: 'sleepHours', message: 'at most 24' }],
);
const labels = { sleepHours: 'Sleep (hours)', heartRateBpm: 'Heart rate' };

describe('API errors in plain words', () => {
  it('names a wrong field by its label, once, with the reason under the field itself', () => {
    expect(describeError(tooMuchSleep, labels)).toBe('Please check Sleep (hours).');
    expect(fieldError(tooMuchSleep, 'sleepHours')).toBe('At most 24.');
    expect(fieldError(tooMuchSleep, 'heartRateBpm')).toBeUndefined();
  });

  it('lists several fields in one sentence', () => {
    const two = new ApiError(400, 'validation_failed', 'x', [
      { path: 'sleepHours', message: 'at most 24' },
      { path: 'heartRateBpm', message: 'at least 20' },
    ]);
    expect(describeError(two, labels)).toBe('Please check Sleep (hours) and Heart rate.');
  });

  it('matches a nested field (a row of a list) to the list it belongs to', () => {
    const nested = new ApiError(400, 'validation_failed', 'x', [
      { path: 'coUse[0].substance', message: 'required' },
    ]);
    expect(describeError(nested, { coUse: 'Anything else taken' })).toBe(
      'Please check Anything else taken.',
    );
  });

  it('never shows an internal path, even for a field the form does not know', () => {
    const text = describeError(tooMuchSleep, {});
    expect(text).not.toMatch(/sleepHours|Something went wrong:/);
    expect(text).toBe('Some answers could not be saved as they are. Please check them.');
  });

  it('words being offline and server failures without codes', () => {
    expect(describeError(new ApiError(0, 'unavailable', 'x'))).toMatch(/cannot be reached/);
    expect(describeError(new ApiError(500, 'internal', 'boom at db.ts:12'))).toBe(
      'Something went wrong on our side. Please try again in a moment.',
    );
    expect(describeError(new TypeError('undefined is not a function'))).toBe(
      'That did not work. Please try again.',
    );
  });

  it('words an expected refusal by its reason, else by its code, from the catalogue', () => {
    const wrong = new ApiError(401, 'invalid_credentials', 'server words', [], {
      reason: 'wrong-sign-in',
    });
    expect(describeError(wrong, { email: 'Email' })).toBe(
      'That email and password do not match an account.',
    );
    expect(describeError(new ApiError(404, 'not_found', 'There is nothing at GET /x.'))).toBe(
      'That could not be found. It may have been deleted.',
    );
  });

  it('fills a reason with its numbers, in the plural form they need', () => {
    const quota = (count: number) =>
      new ApiError(429, 'rate_limited', 'server words', [], {
        reason: 'write-quota',
        params: { maxWrites: 300, windowMinutes: 60, count },
      });
    expect(describeError(quota(1))).toMatch(
      /saved 300 changes in the last 60 minutes.*in 1 minute\.$/,
    );
    expect(describeError(quota(5))).toMatch(/in 5 minutes\.$/);
  });

  it("falls back to the server's sentence only for a code this app has no words for", () => {
    const future = new ApiError(418, 'teapot' as never, 'I am a teapot.');
    expect(describeError(future)).toBe('I am a teapot.');
  });

  it('words a refusal by domain code run on the device like the same refusal by the server', () => {
    let refused: unknown;
    try {
      parseInput(ZRegimenSchema, { weightKg: 5, doses: [{ atMin: 0, mg: 80, route: 'oral' }] });
    } catch (error) {
      refused = error;
    }
    expect(fieldError(refused, 'weightKg')).toMatch(/^At least 20/);
    expect(describeError(refused, { weightKg: 'Weight (kg)' })).toBe('Please check Weight (kg).');
    expect(describeError(refused)).toBe(
      'Some answers could not be saved as they are. Please check them.',
    );
  });
});
