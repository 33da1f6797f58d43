/**
 * A passphrase stretched into 256 bits with PBKDF2-HMAC-SHA256 (WebCrypto, so in a page or a
 * worker): private mode's vault wraps its data key with them, and the account-mode device
 * lock keeps them to check a PIN against. Each guess costs one run of `iterations`.
 */
export type Pbkdf2Params = { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };

// OWASP's Password Storage Cheat Sheet (2023) asks for 600,000 iterations of PBKDF2-HMAC-SHA256.
export const defaultIterations = 600_000;

export const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
export const fromBase64 = (text: string) =>
  Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
export const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));

/** New parameters: a random 16-byte salt. */
export function newPbkdf2Params(iterations = defaultIterations): Pbkdf2Params {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(randomBytes(16)) };
}

export async function derivePassphraseBits(
  passphrase: string,
  kdf: Pbkdf2Params,
): Promise<ArrayBuffer> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  return crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(kdf.salt), iterations: kdf.iterations },
    material,
    256,
  );
}
