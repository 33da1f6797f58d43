/**
 * A minimum password strength that helps rather than nags: length is what matters most
 * (NIST SP 800-63B §5.1.1.2: at least 8, screen against common and context-specific
 * passwords). We ask for 10 and refuse the obvious ones.
 */
export const minPasswordLength = 10;
export const maxPasswordLength = 256;

const commonPasswords = new Set([
  'password',
  'password1',
  'password12',
  'password123',
  'passw0rd',
  'qwerty',
  'qwertyuiop',
  'qwerty123',
  'iloveyou',
  'letmein',
  'welcome',
  'welcome1',
  'admin',
  'administrator',
  'abc123',
  'abcdefghij',
  '1234567890',
  '0123456789',
  '123456789',
  '12345678',
  '1q2w3e4r5t',
  'football',
  'baseball',
  'monkey',
  'dragon',
  'sunshine',
  'princess',
  'trustno1',
  'ketamine',
  'ketalog',
  'specialk',
  'changeme',
  'secret',
  'whatever',
]);

export type PasswordProblem = { message: string };

/** Returns why a password is too weak, or undefined when it is acceptable. */
export function findPasswordProblem(password: string, email?: string): PasswordProblem | undefined {
  if (password.length < minPasswordLength) {
    return {
      message: `Use at least ${minPasswordLength} characters. A few unrelated words make a strong password that is easy to remember.`,
    };
  }
  if (password.length > maxPasswordLength) {
    return { message: `Use at most ${maxPasswordLength} characters.` };
  }
  const folded = password.toLowerCase();
  if (commonPasswords.has(folded.replace(/[^a-z0-9]/g, '')) || new Set(folded).size < 4) {
    return { message: 'This password is too easy to guess. Try a few unrelated words instead.' };
  }
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && folded.includes(localPart)) {
    return { message: 'Your password should not contain your email address.' };
  }
  return undefined;
}
