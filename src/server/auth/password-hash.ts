import { hash, verify } from '@node-rs/argon2';
import { normalizePassword } from '../../domain/accounts/password-strength.js';

// @node-rs/argon2's Algorithm.Argon2id (a const enum we cannot import under verbatimModuleSyntax).
const argon2id = 2;
// OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1.
const argon2Options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes the NFC form, so the same characters typed either way are the same password. */
export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), argon2Options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  const normalized = normalizePassword(password);
  try {
    if (await verify(passwordHash, normalized)) return true;
    // Hashes made before passwords were normalised hold the characters as typed.
    return normalized !== password && (await verify(passwordHash, password));
  } catch {
    return false;
  }
}

/** Verifying against this when the email is unknown keeps both answers equally slow. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy password that never matches');
  return decoyHash;
}
