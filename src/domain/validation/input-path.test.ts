import { describe, expect, it } from 'vitest';
import { inputPath } from './input-path.js';

describe('input paths', () => {
  it('writes a path as in code, relative to the input', () => {
    expect(inputPath(['sleepHours'])).toBe('sleepHours');
    expect(inputPath(['doses', 2, 'mg'])).toBe('doses[2].mg');
    expect(inputPath([0, 'a'])).toBe('[0].a');
    expect(inputPath([])).toBe('');
  });
});
