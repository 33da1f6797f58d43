import { describe, expect, it } from 'vitest';
import { ZRegimenSchema } from '../../domain/pk/index.js';
import { parseInput } from '../../domain/validation/parse-input.js';
import { ApiError } from './client.js';
import { describeError, fieldError } from './describe-error.js';

const tooMuchSleep = new ApiError(
  400,
  'validation_failed',
  'Please check sleepHours: at most 24.',
  [{ path: 'body.sleepHours', message: 'at most 24' }],
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
      { path: 'body.sleepHours', message: 'at most 24' },
      { path: 'body.heartRateBpm', message: 'at least 20' },
    ]);
    expect(describeError(two, labels)).toBe('Please check Sleep (hours) and Heart rate.');
  });

  it('matches a nested field (a row of a list) to the list it belongs to', () => {
    const nested = new ApiError(400, 'validation_failed', 'x', [
      { path: 'body.coUse.0.substance', message: 'required' },
    ]);
    expect(describeError(nested, { coUse: 'Anything else taken' })).toBe(
      'Please check Anything else taken.',
    );
  });

  it('never shows an internal path, even for a field the form does not know', () => {
    const text = describeError(tooMuchSleep, {});
    expect(text).not.toMatch(/body\.|sleepHours|Something went wrong:/);
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

  it("passes on the server's own sentence for an expected refusal", () => {
    const wrong = new ApiError(
      401,
      'invalid_credentials',
      'That email and password do not match an account.',
    );
    expect(describeError(wrong, { email: 'Email' })).toBe(
      'That email and password do not match an account.',
    );
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
