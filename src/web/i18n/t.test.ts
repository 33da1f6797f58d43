import { describe, expect, it } from 'vitest';
import { tPlural } from './t.js';

describe('plural messages', () => {
  it('says "1 day" and "2 days", and "0 days"', () => {
    expect(tPlural('time.days', 1)).toBe('1 day');
    expect(tPlural('time.days', 2)).toBe('2 days');
    expect(tPlural('time.days', 0)).toBe('0 days');
  });
});
