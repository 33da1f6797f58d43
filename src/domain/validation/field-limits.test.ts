import { describe, expect, it } from 'vitest';
import { ZProfileUpdateSchema } from '../accounts/account-api.js';
import { ZCheckInInputSchema, ZDoseInputSchema, ZPlanInputSchema } from '../log/log-api.js';
import { parseInput } from './parse-input.js';
import { fieldLimits } from './field-limits.js';

describe('field limits read from the API schemas', () => {
  it('gives the longest text and the number range a field accepts', () => {
    expect(fieldLimits(ZCheckInInputSchema.shape.notes)).toEqual({ maxLength: 2000 });
    expect(fieldLimits(ZCheckInInputSchema.shape.sleepHours)).toEqual({ min: 0, max: 24 });
    expect(fieldLimits(ZCheckInInputSchema.shape.heartRateBpm)).toEqual({ min: 20, max: 250 });
    expect(fieldLimits(ZDoseInputSchema.shape.setting)).toMatchObject({ maxLength: 200 });
    expect(fieldLimits(ZPlanInputSchema.shape.people.unwrap().element.shape.name)).toEqual({
      maxLength: 80,
    });
  });

  it('are the limits the schema enforces, one character or step past them refused', () => {
    const { maxLength = 0 } = fieldLimits(ZProfileUpdateSchema.shape.displayName);
    expect(() =>
      parseInput(ZProfileUpdateSchema, { displayName: 'a'.repeat(maxLength) }),
    ).not.toThrow();
    expect(() =>
      parseInput(ZProfileUpdateSchema, { displayName: 'a'.repeat(maxLength + 1) }),
    ).toThrow();
  });
});
