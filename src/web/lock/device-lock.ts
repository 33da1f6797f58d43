import {
  derivePassphraseBits,
  newPbkdf2Params,
  toBase64,
  type Pbkdf2Params,
} from '../../domain/device/passphrase-key.js';
import {
  afterFailure,
  assertMayTry,
  noFailures,
  type UnlockAttempts,
} from '../../domain/device/unlock-attempts.js';
import { AppError } from '../../domain/errors.js';
import { t } from '../i18n/t.js';

/**
 * The account-mode device lock: a PIN or passphrase that hides the signed-in app on this
 * device after a chosen idle time. It lives in this browser's localStorage, so it covers
 * reloads: the PIN's PBKDF2 bits (600,000 iterations, a random salt), the idle time, when
 * the app was last used, whether it is locked and the wrong tries. It hides the screen; it
 * does not encrypt anything, and the session cookie still works for someone who copies it
 * out of the browser (docs/private-mode.md). Wrong tries wait as private mode's do; after
 * `triesBeforeSignOut` the page signs this device out.
 */
export type DeviceLock = {
  kdf: Pbkdf2Params;
  verifier: string;
  idleMinutes: number;
  lastUseAt: number;
  locked: boolean;
  attempts: UnlockAttempts;
};

const storageKey = 'ketalog-device-lock';
export const triesBeforeSignOut = 10;
const shortestPin = 6;

const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  // Another tab locked, unlocked or changed it.
  if (event.key === storageKey) changed();
});

/** Called whenever the lock changes, in this tab or another. */
export function onDeviceLockChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function readDeviceLock(): DeviceLock | null {
  const text = globalThis.localStorage?.getItem(storageKey);
  if (!text) return null;
  try {
    return JSON.parse(text) as DeviceLock;
  } catch {
    return null;
  }
}

function write(lock: DeviceLock | null) {
  if (lock) localStorage.setItem(storageKey, JSON.stringify(lock));
  else localStorage.removeItem(storageKey);
  changed();
}

/** Locked now: locked by hand or by the idle check, or unused for the idle time. */
export function isDeviceLocked(lock: DeviceLock | null, nowMs = Date.now()): boolean {
  return lock !== null && (lock.locked || nowMs - lock.lastUseAt >= lock.idleMinutes * 60_000);
}

const verifierOf = async (pin: string, kdf: Pbkdf2Params) =>
  toBase64(new Uint8Array(await derivePassphraseBits(pin, kdf)));

export async function turnOnDeviceLock(pin: string, idleMinutes: number): Promise<void> {
  if (pin.length < shortestPin) {
    const message = t('lock.pinTooShort', { count: shortestPin });
    throw new AppError('validation_failed', message, [{ path: 'passphrase', message }]);
  }
  const kdf = newPbkdf2Params();
  write({
    kdf,
    verifier: await verifierOf(pin, kdf),
    idleMinutes,
    lastUseAt: Date.now(),
    locked: false,
    attempts: noFailures,
  });
}

export function turnOffDeviceLock(): void {
  write(null);
}

export function lockDevice(): void {
  const lock = readDeviceLock();
  if (lock && !lock.locked) write({ ...lock, locked: true });
}

/** Use of the app while unlocked: the idle time counts from here. */
export function touchDeviceLock(): void {
  const lock = readDeviceLock();
  if (lock && !isDeviceLocked(lock)) write({ ...lock, lastUseAt: Date.now() });
}

/**
 * Checks a PIN: unlocks, or counts a wrong try (and refuses tries while a wait runs).
 * Answers 'sign-out' when the tries are used up: the caller signs the device out.
 */
export async function unlockDevice(pin: string): Promise<'unlocked' | 'sign-out'> {
  const lock = readDeviceLock();
  if (!lock) return 'unlocked';
  assertMayTry(lock.attempts, Date.now());
  if ((await verifierOf(pin, lock.kdf)) === lock.verifier) {
    write({ ...lock, locked: false, lastUseAt: Date.now(), attempts: noFailures });
    return 'unlocked';
  }
  const attempts = afterFailure(lock.attempts, Date.now());
  write({ ...lock, locked: true, attempts });
  if (attempts.failures >= triesBeforeSignOut) return 'sign-out';
  throw new AppError('invalid_credentials', 'That PIN does not unlock this device.');
}
