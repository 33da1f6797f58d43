import { randomInt } from 'node:crypto';
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

/** Bound to the account, and forgiving of case, spaces and dashes as typed. */
export function hashRecoveryCode(key: Buffer, userId: string, code: string): string {
  const canonical = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  return keyedHash(key, 'recovery-code', `${userId}\n${canonical}`);
}
