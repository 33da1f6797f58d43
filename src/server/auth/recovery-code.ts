import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { keyedHash } from './keyed-hash.js';

/** Letters and digits that cannot be mistaken for one another (no 0/o, 1/l/i). */
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
const codeCount = 10;
const codeLength = 10;

/**
 * Ten single-use recovery codes of 10 characters each (about 49 bits: far beyond guessing
 * within the sign-in limits), written as two groups of five for reading off paper.
 */
export function createRecoveryCodes(): string[] {
  return Array.from({ length: codeCount }, () => {
    const chars = Array.from({ length: codeLength }, () => alphabet[randomInt(alphabet.length)]);
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
  });
}

function macOf(key: Buffer, userId: string, salt: string, code: string): string {
  const canonical = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  return keyedHash(key, 'recovery-code', `${userId}\n${salt}\n${canonical}`);
}

/**
 * What is stored for a code: a random 32-bit salt and an HMAC of the code bound to the
 * account (ASVS V2.6.2 for secrets under 112 bits). Case, spaces and dashes do not matter.
 */
export function hashRecoveryCode(key: Buffer, userId: string, code: string): string {
  const salt = randomBytes(4).toString('base64url');
  return `${salt}.${macOf(key, userId, salt, code)}`;
}

export function recoveryCodeMatches(
  key: Buffer,
  userId: string,
  code: string,
  stored: string,
): boolean {
  const [salt = '', mac = ''] = stored.split('.');
  const expected = Buffer.from(macOf(key, userId, salt, code));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
