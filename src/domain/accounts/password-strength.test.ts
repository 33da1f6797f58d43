import { describe, expect, it } from 'vitest';
import { findPasswordProblem, minPasswordLength } from './password-strength.js';

describe('password strength', () => {
  it('asks for more characters when the password is short, and says how many', () => {
    expect(findPasswordProblem('short1!')?.message).toContain(String(minPasswordLength));
  });

  it('refuses passwords that are on the common list, even with punctuation', () => {
    expect(findPasswordProblem('Password123!')).toBeDefined();
    expect(findPasswordProblem('1234567890')).toBeDefined();
  });

  it('refuses a password made of one or two repeated characters', () => {
    expect(findPasswordProblem('aaaaaaaaaaaa')).toBeDefined();
    expect(findPasswordProblem('abababababab')).toBeDefined();
  });

  it('refuses a password containing the email name', () => {
    expect(findPasswordProblem('robin.hood-2026', 'robin.hood@example.org')?.message).toMatch(
      /email/,
    );
  });

  it('accepts a long passphrase of unrelated words', () => {
    expect(findPasswordProblem('correct horse battery staple', 'sam@example.org')).toBeUndefined();
  });
});
