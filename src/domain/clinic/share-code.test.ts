import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, makeCode, normalizeCode } from './share-code.js';

describe('share codes', () => {
  it('are three groups of four from an alphabet without look-alike characters', () => {
    let next = 0;
    const code = makeCode((size) => next++ % size);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('read the same typed in lower case, with spaces or without dashes', () => {
    expect(normalizeCode('abcd efgh-jkmn')).toBe('ABCDEFGHJKMN');
    expect(normalizeCode('ABCD-EFGH-JKMN')).toBe(normalizeCode('abcdefghjkmn'));
  });
});
