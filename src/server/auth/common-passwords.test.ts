import { dictionary } from '@zxcvbn-ts/language-common';
import { describe, expect, it } from 'vitest';
import { findPasswordProblem } from '../../domain/accounts/password-strength.js';
import { isCommonPassword } from './common-passwords.js';

const problem = (password: string) =>
  findPasswordProblem(password, { email: 'sam@example.org', isCommon: isCommonPassword });

describe('the common-password list', () => {
  it('refuses each of the 10,000 most common passwords, padded to 12 characters with digits', () => {
    const top = dictionary['passwords-common'].slice(0, 10_000);
    expect(top).toHaveLength(10_000);
    // Below three letters or digits ("f**k") a core is too short to recognise once padded.
    const accepted = top
      .filter((entry) => entry.replace(/[^\p{L}\p{N}]/gu, '').length >= 3)
      .map((entry) =>
        entry.length >= 12 ? entry : `${entry}${'123456789012'.slice(entry.length)}`,
      )
      .filter((padded) => problem(padded) === undefined);
    expect(accepted).toEqual([]);
  });

  it('refuses the passwords an audit got accepted', () => {
    for (const password of [
      'password1234',
      'ketamine1234',
      'qwertyuiop12',
      'iloveyou2024',
      'letmein12345',
      'Welcome2024!',
      'football1234',
      'trustno1trustno1',
    ]) {
      expect(problem(password), password).toBeDefined();
    }
  });

  it('still accepts a passphrase of unrelated words', () => {
    expect(problem('violet anchor meadow 42')).toBeUndefined();
  });
});
