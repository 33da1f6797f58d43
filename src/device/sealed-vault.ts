import {
  defaultIterations,
  derivePassphraseBits,
  fromBase64,
  newPbkdf2Params,
  randomBytes,
  toBase64,
  type Pbkdf2Params,
} from '../domain/device/passphrase-key.js';
import { AppError } from '../domain/errors.js';

/**
 * Private mode's data at rest: the database's data directory (a tar from PGlite's
 * dumpDataDir, gzipped or not) encrypted with AES-256-GCM under a random data key, and that
 * key wrapped with a key derived from the person's passphrase (PBKDF2-HMAC-SHA256). The
 * sealed bytes are what IndexedDB holds and what a backup file holds (the same format,
 * gzipped there), so a backup opens in any browser with the passphrase. A changed
 * passphrase re-wraps the data key; the data stays sealed.
 *
 * Layout: the 8 bytes "KETALOG1", the header's length (4 bytes, big-endian), the header as
 * JSON (UTF-8), then the ciphertext. The header is the ciphertext's additional data, so a
 * header changed by hand (fewer iterations, another salt) fails to open.
 */

export type Bytes = Uint8Array<ArrayBuffer>;
/**
 * IndexedDB keeps the tar as it is: gzip would make 11 MB about 1 MB, but costs more time on
 * every save and every unlock than writing and reading the 10 MB more (docs/private-mode.md).
 * Backup files, which travel, are gzipped.
 */
export type SnapshotCompression = 'gzip' | 'none';

const magic = new TextEncoder().encode('KETALOG1');
const minIterations = 100_000;
const maxIterations = 10_000_000;

export type VaultHeader = {
  format: 'ketalog-private-vault';
  version: 1;
  kdf: Pbkdf2Params;
  /** The data key, wrapped (AES-GCM) with the passphrase key. */
  wrappedKey: { iv: string; data: string };
  snapshot: { iv: string; compression: SnapshotCompression };
  sealedAt: string;
};

/** An open vault: the data key in memory, and how the passphrase key was derived. */
export type VaultKey = {
  dataKey: CryptoKey;
  kdf: VaultHeader['kdf'];
  wrappedKey: VaultHeader['wrappedKey'];
};

const notAVault = () =>
  new AppError('bad_request', 'This is not a Ketalog private-mode backup, or it is damaged.');
const wrongPassphrase = () =>
  new AppError('invalid_credentials', 'That passphrase does not open this data.');

/** The key that wraps the data key: the passphrase's 256 PBKDF2 bits, as an AES-GCM key. */
async function passphraseKey(passphrase: string, kdf: Pbkdf2Params): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    await derivePassphraseBits(passphrase, kdf),
    'AES-GCM',
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function wrapDataKey(dataKey: CryptoKey, passphrase: string, iterations: number) {
  const kdf = newPbkdf2Params(iterations);
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

async function through(bytes: Bytes, stream: CompressionStream | DecompressionStream) {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** Encrypts a data-directory dump (a tar) into the sealed format. */
export async function sealSnapshot(
  key: VaultKey,
  tar: Bytes,
  now: Date,
  compression: SnapshotCompression = 'none',
): Promise<Bytes> {
  const snapshot = compression === 'gzip' ? await through(tar, new CompressionStream('gzip')) : tar;
  const iv = randomBytes(12);
  const header: VaultHeader = {
    format: 'ketalog-private-vault',
    version: 1,
    kdf: key.kdf,
    wrappedKey: key.wrappedKey,
    snapshot: { iv: toBase64(iv), compression },
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
    (header.snapshot.compression === 'gzip' || header.snapshot.compression === 'none')
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

/** Opens sealed bytes with the passphrase: the vault key and the data directory (a tar). */
export async function openVault(
  sealed: Bytes,
  passphrase: string,
): Promise<{ key: VaultKey; tar: Bytes }> {
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
  const plain = new Uint8Array(snapshot);
  return {
    key: { dataKey, kdf: header.kdf, wrappedKey: header.wrappedKey },
    tar:
      header.snapshot.compression === 'gzip'
        ? await through(plain, new DecompressionStream('gzip'))
        : plain,
  };
}
