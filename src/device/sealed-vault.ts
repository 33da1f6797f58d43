import { AppError } from '../domain/errors.js';

/**
 * Private mode's data at rest: the database's data directory (a gzipped tar from PGlite's
 * dumpDataDir) encrypted with AES-256-GCM under a random data key, and that key wrapped with
 * a key derived from the person's passphrase (PBKDF2-HMAC-SHA256). The sealed bytes are what
 * IndexedDB holds and, unchanged, what a backup file holds, so a backup opens in any browser
 * with the passphrase. A changed passphrase re-wraps the data key; the data stays sealed.
 *
 * Layout: the 8 bytes "KETALOG1", the header's length (4 bytes, big-endian), the header as
 * JSON (UTF-8), then the ciphertext. The header is the ciphertext's additional data, so a
 * header changed by hand (fewer iterations, another salt) fails to open.
 */

export type Bytes = Uint8Array<ArrayBuffer>;

const magic = new TextEncoder().encode('KETALOG1');
// OWASP's Password Storage Cheat Sheet (2023) asks for 600,000 iterations of PBKDF2-HMAC-SHA256.
export const defaultIterations = 600_000;
const minIterations = 100_000;
const maxIterations = 10_000_000;

export type VaultHeader = {
  format: 'ketalog-private-vault';
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  /** The data key, wrapped (AES-GCM) with the passphrase key. */
  wrappedKey: { iv: string; data: string };
  snapshot: { iv: string; compression: 'gzip' };
  sealedAt: string;
};

/** An open vault: the data key in memory, and how the passphrase key was derived. */
export type VaultKey = {
  dataKey: CryptoKey;
  kdf: VaultHeader['kdf'];
  wrappedKey: VaultHeader['wrappedKey'];
};

const toBase64 = (bytes: Bytes) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));

const notAVault = () =>
  new AppError('bad_request', 'This is not a Ketalog private-mode backup, or it is damaged.');
const wrongPassphrase = () =>
  new AppError('invalid_credentials', 'That passphrase does not open this data.');

async function passphraseKey(passphrase: string, kdf: VaultHeader['kdf']): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(kdf.salt), iterations: kdf.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function wrapDataKey(dataKey: CryptoKey, passphrase: string, iterations: number) {
  const kdf = {
    name: 'PBKDF2' as const,
    hash: 'SHA-256' as const,
    iterations,
    salt: toBase64(randomBytes(16)),
  };
  const iv = randomBytes(12);
  const wrapped = await crypto.subtle.wrapKey(
    'raw',
    dataKey,
    await passphraseKey(passphrase, kdf),
    {
      name: 'AES-GCM',
      iv,
    },
  );
  return { kdf, wrappedKey: { iv: toBase64(iv), data: toBase64(new Uint8Array(wrapped)) } };
}

/** A new vault key for a passphrase (private mode's first start). */
export async function createVaultKey(
  passphrase: string,
  iterations = defaultIterations,
): Promise<VaultKey> {
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  return { dataKey, ...(await wrapDataKey(dataKey, passphrase, iterations)) };
}

/** The same data key under a new passphrase (new salt too). */
export async function rewrapVaultKey(key: VaultKey, passphrase: string): Promise<VaultKey> {
  return {
    dataKey: key.dataKey,
    ...(await wrapDataKey(key.dataKey, passphrase, key.kdf.iterations)),
  };
}

/** Encrypts a data-directory dump into the sealed format. */
export async function sealSnapshot(key: VaultKey, snapshot: Bytes, now: Date): Promise<Bytes> {
  const iv = randomBytes(12);
  const header: VaultHeader = {
    format: 'ketalog-private-vault',
    version: 1,
    kdf: key.kdf,
    wrappedKey: key.wrappedKey,
    snapshot: { iv: toBase64(iv), compression: 'gzip' },
    sealedAt: now.toISOString(),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: headerBytes },
      key.dataKey,
      snapshot,
    ),
  );
  const sealed = new Uint8Array(magic.length + 4 + headerBytes.length + ciphertext.length);
  sealed.set(magic, 0);
  new DataView(sealed.buffer).setUint32(magic.length, headerBytes.length);
  sealed.set(headerBytes, magic.length + 4);
  sealed.set(ciphertext, magic.length + 4 + headerBytes.length);
  return sealed;
}

function isVaultHeader(value: unknown): value is VaultHeader {
  const header = value as Partial<VaultHeader> | null;
  return (
    typeof header === 'object' &&
    header !== null &&
    header.format === 'ketalog-private-vault' &&
    header.version === 1 &&
    header.kdf?.name === 'PBKDF2' &&
    header.kdf.hash === 'SHA-256' &&
    Number.isInteger(header.kdf.iterations) &&
    header.kdf.iterations >= minIterations &&
    header.kdf.iterations <= maxIterations &&
    typeof header.kdf.salt === 'string' &&
    typeof header.wrappedKey?.iv === 'string' &&
    typeof header.wrappedKey.data === 'string' &&
    typeof header.snapshot?.iv === 'string' &&
    header.snapshot.compression === 'gzip'
  );
}

/** Reads the header of sealed bytes without the passphrase (when it was sealed, how). */
export function readVaultHeader(sealed: Bytes): {
  header: VaultHeader;
  headerBytes: Bytes;
  ciphertext: Bytes;
} {
  if (sealed.length < magic.length + 4 || magic.some((byte, index) => sealed[index] !== byte)) {
    throw notAVault();
  }
  const length = new DataView(sealed.buffer, sealed.byteOffset).getUint32(magic.length);
  const start = magic.length + 4;
  if (length > 64 * 1024 || start + length > sealed.length) throw notAVault();
  const headerBytes = sealed.subarray(start, start + length);
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes));
  } catch {
    throw notAVault();
  }
  if (!isVaultHeader(header)) throw notAVault();
  return { header, headerBytes, ciphertext: sealed.subarray(start + length) };
}

/** Opens sealed bytes with the passphrase: the vault key and the data-directory dump. */
export async function openVault(
  sealed: Bytes,
  passphrase: string,
): Promise<{ key: VaultKey; snapshot: Bytes }> {
  const { header, headerBytes, ciphertext } = readVaultHeader(sealed);
  let dataKey: CryptoKey;
  try {
    dataKey = await crypto.subtle.unwrapKey(
      'raw',
      fromBase64(header.wrappedKey.data),
      await passphraseKey(passphrase, header.kdf),
      { name: 'AES-GCM', iv: fromBase64(header.wrappedKey.iv) },
      { name: 'AES-GCM', length: 256 },
      true,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw wrongPassphrase();
  }
  let snapshot: ArrayBuffer;
  try {
    snapshot = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(header.snapshot.iv), additionalData: headerBytes },
      dataKey,
      ciphertext,
    );
  } catch {
    throw notAVault();
  }
  return {
    key: { dataKey, kdf: header.kdf, wrappedKey: header.wrappedKey },
    snapshot: new Uint8Array(snapshot),
  };
}
