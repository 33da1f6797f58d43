import { AppError } from '../errors.js';
import { ZSealedSnapshotSchema, type SealedSnapshot } from './sealed-share-api.js';

/**
 * Sealing a snapshot for a clinic with WebCrypto (the same in the browser and in Node): the
 * JSON gzipped, then AES-256-GCM under a fresh random key with a fresh 96-bit IV. The
 * ciphertext is `iv ‖ AES-GCM(gzip(json))` in base64; the key is 32 random bytes in base64url,
 * short enough for a link's `#fragment`. Whoever has the key can read the snapshot; without
 * it the ciphertext says only how long it is.
 */

type Bytes = Uint8Array<ArrayBuffer>;
const ivLength = 12;
// Bound to the format: a ciphertext of another Ketalog use of AES-GCM will not open as one.
const additionalData = new TextEncoder().encode('ketalog-sealed-snapshot-1');

const toBase64 = (bytes: Bytes) => {
  let text = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(text);
};
const fromBase64 = (text: string): Bytes =>
  Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
const toBase64Url = (bytes: Bytes) =>
  toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => fromBase64(text.replace(/-/g, '+').replace(/_/g, '/'));

async function throughStream(bytes: Bytes, stream: CompressionStream | DecompressionStream) {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

const aesKey = (raw: Bytes, usage: KeyUsage) =>
  crypto.subtle.importKey('raw', raw, 'AES-GCM', false, [usage]);

/** A new random key and the snapshot sealed under it. */
export async function sealSnapshot(
  snapshot: SealedSnapshot,
): Promise<{ ciphertext: string; key: string }> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const iv = crypto.getRandomValues(new Uint8Array(ivLength));
  const plain = await throughStream(
    new TextEncoder().encode(JSON.stringify(snapshot)),
    new CompressionStream('gzip'),
  );
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData },
      await aesKey(raw, 'encrypt'),
      plain,
    ),
  );
  const joined = new Uint8Array(ivLength + sealed.length);
  joined.set(iv);
  joined.set(sealed, ivLength);
  return { ciphertext: toBase64(joined), key: toBase64Url(raw) };
}

const wrongKey = () =>
  new AppError(
    'bad_request',
    'This key does not open that snapshot. Check the link or the key you were given.',
    undefined,
    { reason: 'snapshot-key-wrong' },
  );

/** The snapshot inside `ciphertext`, or a 400 when the key is not the one it was sealed with. */
export async function openSnapshot(ciphertext: string, key: string): Promise<SealedSnapshot> {
  let raw: Bytes;
  let joined: Bytes;
  try {
    raw = fromBase64Url(key.trim());
    joined = fromBase64(ciphertext);
  } catch {
    throw wrongKey();
  }
  if (raw.length !== 32 || joined.length <= ivLength) throw wrongKey();
  let plain: Bytes;
  try {
    plain = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: joined.subarray(0, ivLength), additionalData },
        await aesKey(raw, 'decrypt'),
        joined.subarray(ivLength),
      ),
    );
  } catch {
    throw wrongKey();
  }
  const json: unknown = JSON.parse(
    new TextDecoder().decode(await throughStream(plain, new DecompressionStream('gzip'))),
  );
  const parsed = ZSealedSnapshotSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('bad_request', 'This snapshot was made by a Ketalog this one cannot read.');
  }
  return parsed.data;
}

/** Where the clinic opens a snapshot: the key only in the `#fragment`, never sent to a server. */
export const sealedShareLink = (origin: string, id: string, key: string) =>
  `${origin}/clinic/snapshot/${id}#${key}`;

/** The code to read out or type instead of the link: the id and the key. */
export const sealedShareCode = (id: string, key: string) => `${id}#${key}`;

const uuidPattern = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const codePattern = new RegExp(`(${uuidPattern})\\s*#\\s*([A-Za-z0-9_-]{43})\\s*$`, 'i');

/** The id and key of a pasted link or typed code, or null when it holds neither. */
export function readSealedShareCode(text: string): { id: string; key: string } | null {
  const match = codePattern.exec(text.trim());
  return match ? { id: match[1]!.toLowerCase(), key: match[2]! } : null;
}
