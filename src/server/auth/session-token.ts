import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits; only its hash is stored, so a database leak gives no live sessions. */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
