import { randomBytes, timingSafeEqual } from 'node:crypto';
import { keyedHash } from './keyed-hash.js';

/**
 * A device token (OWASP's "device cookie") marks a browser that has signed in to an account
 * before. It is a random nonce with a keyed hash binding it to the account, so the server
 * keeps nothing. Failed sign-ins from such a device are counted apart from the account's,
 * which lets its owner in while a stranger's failures lock out unknown devices.
 */
export function issueDeviceToken(key: Buffer, userId: string): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${nonce}.${keyedHash(key, 'device', `${userId}\n${nonce}`)}`;
}

/** The token's nonce when the token was issued for this account, else undefined. */
export function deviceNonceOf(key: Buffer, token: string, userId: string): string | undefined {
  const [nonce, mac, ...rest] = token.split('.');
  if (!nonce || !mac || rest.length > 0) return undefined;
  const expected = Buffer.from(keyedHash(key, 'device', `${userId}\n${nonce}`));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : undefined;
}
