import { describe, expect, it } from 'vitest';
import { findPasswordProblem, minPasswordLength, normalizePassword } from './password-strength.js';

/** A small stand-in list; the server's real list (49,000 entries) is tested in the server. */
const common = new Set(['password', 'qwerty', 'sunshine', 'iloveyou']);
const check = (password: string, email?: string) =>
  findPasswordProblem(password, { email, isCommon: (folded) => common.has(folded) });

describe('password strength', () => {
  it('asks for at least 12 characters and says how many', () => {
    expect(minPasswordLength).toBe(12);
    expect(check('eleven chars')).toBeUndefined();
    expect(check('ten chars!')?.message).toContain('12');
    expect(check('elevenchars')?.message).toContain('12');
  });

  it('counts characters, not UTF-16 units, so emoji are one character each', () => {
    expect(check('🌙🌙🌙🌙🌙🌙🌙🌙🌙🌙🌙')?.message).toContain('12');
  });

  it('refuses a common password padded with digits or symbols, in any case', () => {
    for (const padded of ['Password1234', 'password1234!', '!!qwerty2024!!', 'SUNSHINE12345']) {
      expect(check(padded), padded).toBeDefined();
    }
  });

  it("refuses the app's own words however they are padded", () => {
    for (const password of ['ketamine123', 'Ketamine2024!!', 'ketalog-ketalog', 'iloveketamine1']) {
      expect(check(password), password).toBeDefined();
    }
  });

  it('refuses a password made of one to three repeated characters', () => {
    expect(check('aaaaaaaaaaaa')).toBeDefined();
    expect(check('abcabcabcabc')).toBeDefined();
  });

  it('refuses a password containing the email name, its pieces or the domain name', () => {
    expect(check('robin.hood-2026', 'robin.hood@example.org')?.message).toMatch(/email/);
    expect(check('sherwood hood forest', 'robin.hood@example.org')?.message).toMatch(/email/);
    expect(check('my examplecorp login', 'sam@examplecorp.com')?.message).toMatch(/email/);
  });

  it('accepts a long passphrase of unrelated words', () => {
    expect(check('correct horse battery staple', 'sam@example.org')).toBeUndefined();
  });

  it('normalises to NFC, so a composed and a decomposed accent are the same password', () => {
    const composed = 'caf\u00e9 au lait matin';
    const decomposed = 'cafe\u0301 au lait matin';
    expect(composed).not.toBe(decomposed);
    expect(normalizePassword(decomposed)).toBe(composed);
  });
});
