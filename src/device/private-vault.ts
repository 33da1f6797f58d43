import type { Account } from '../domain/accounts/account.js';
import { findPasswordProblem } from '../domain/accounts/password-strength.js';
import {
  defaultIdleMinutes,
  idleMinuteChoices,
  type VaultStatus,
} from '../domain/device/private-protocol.js';
import { AppError } from '../domain/errors.js';
import { insertUser, updateUser } from '../db/repositories/users.js';
import {
  migrateIfBehind,
  openPortablePglite,
  type DatabaseHandle,
  type PgliteRuntime,
} from '../db/portable-db.js';
import { isCommonPassword } from '../server/auth/common-passwords.js';
import { toAccount } from '../server/services/account-view.js';
import type { DataContext } from '../server/services/context.js';
import { getAccount } from '../server/services/profile.js';
import {
  createVaultKey,
  openVault,
  readVaultHeader,
  rewrapVaultKey,
  sealSnapshot,
  type Bytes,
  type VaultKey,
} from './sealed-vault.js';
import {
  afterFailure,
  assertMayTry,
  noFailures,
  unlockWaitMs,
  type UnlockAttempts,
} from '../domain/device/unlock-attempts.js';

/** Where the vault keeps its sealed bytes and settings (IndexedDB in a browser). */
export type VaultStorage = {
  get<T>(key: VaultStorageKey): Promise<T | undefined>;
  put(key: VaultStorageKey, value: unknown): Promise<void>;
  clear(): Promise<void>;
};
export type VaultStorageKey = 'sealed' | 'attempts' | 'settings';
type Settings = { idleMinutes: number };

export type VaultOptions = {
  storage: VaultStorage;
  /** A migrated, empty data directory to start from (faster than initdb), if there is one. */
  freshDataDir: () => Promise<Blob | undefined>;
  /** PGlite's runtime, if it was fetched ahead (while the person types the passphrase). */
  runtime?: () => Promise<PgliteRuntime>;
  now?: () => Date;
  iterations?: number;
};

/** The device's one person; no email leaves the device, so it is a reserved name. */
const devicePersonEmail = 'private@device.invalid';

/**
 * A data directory whose bytes come later. PGlite (0.5) instantiates its WebAssembly and
 * unpacks its own files first, then reads `loadDataDir` once with arrayBuffer(): that read
 * waits here until the passphrase has opened the snapshot.
 */
class LaterDataDir extends Blob {
  constructor(private readonly later: Promise<Blob>) {
    super();
  }
  override async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.later).arrayBuffer();
  }
}

/** PGlite started ahead (see warmUp), with the data directory it was given, if any yet. */
type WarmStart = {
  supplied: Blob | null;
  supply: (dataDir: Blob) => void;
  handle: Promise<DatabaseHandle>;
};

/**
 * Private mode's database: PGlite in memory, opened from the sealed snapshot with the
 * passphrase, sealed again after every change. While locked, neither the key nor the
 * person's data is in memory.
 */
export class PrivateVault {
  private open: { handle: DatabaseHandle; key: VaultKey; person: Account } | null = null;
  private warm: WarmStart | null = null;
  private sealed: Promise<Bytes | undefined> | null = null;
  private lastUseMs = 0;
  private sealing: Promise<void> = Promise.resolve();
  private nextSeal: Promise<void> | null = null;
  private readonly now: () => Date;

  constructor(private readonly options: VaultOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async status(): Promise<VaultStatus> {
    const [sealed, attempts, settings] = await Promise.all([
      this.stored(),
      this.attempts(),
      this.settings(),
    ]);
    return {
      state: this.open ? 'unlocked' : sealed ? 'locked' : 'absent',
      idleMinutes: settings.idleMinutes,
      waitMs: unlockWaitMs(attempts, this.now().getTime()),
      sealedAt: sealed ? readVaultHeader(sealed).header.sealedAt : null,
    };
  }

  /**
   * The stored snapshot (sealed), read from storage once and kept: it is megabytes, reading
   * it took a second in a busy browser, and only this worker (the owner) writes it.
   */
  private stored(): Promise<Bytes | undefined> {
    this.sealed ??= this.options.storage.get<Bytes>('sealed');
    return this.sealed;
  }

  /** The open database and the device's person, for running an operation. */
  session(): { ctx: DataContext; person: Account } {
    if (!this.open) throw new AppError('unauthenticated', 'Private mode is locked.');
    this.lastUseMs = this.now().getTime();
    return { ctx: { db: this.open.handle.db, now: this.now }, person: this.open.person };
  }

  /** First start: a new database, its person in the browser's time zone, sealed at once. */
  async create(passphrase: string, timeZone: string): Promise<void> {
    if ((await this.status()).state !== 'absent') {
      throw new AppError('conflict', 'Private mode is already set up on this device.');
    }
    assertStrongPassphrase(passphrase);
    // The key derivation (about half a second) runs while the database opens.
    const [key, { handle, person }] = await Promise.all([
      createVaultKey(passphrase, this.options.iterations),
      this.options.freshDataDir().then(async (dataDir) => {
        const handle = await this.openDatabase(dataDir);
        const row = await insertUser(handle.db, { email: devicePersonEmail, passwordHash: '!' });
        const person = toAccount(await updateUser(handle.db, row.id, { time_zone: timeZone }));
        return { handle, person };
      }),
    ]);
    this.open = { handle, key, person };
    this.lastUseMs = this.now().getTime();
    await this.seal();
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.open) return;
    const sealed = await this.stored();
    if (!sealed) throw new AppError('not_found', 'Private mode is not set up on this device.');
    await this.assertMayTry();
    let opened: Awaited<ReturnType<typeof openVault>>;
    try {
      opened = await openVault(sealed, passphrase);
    } catch (error) {
      if (error instanceof AppError && error.code === 'invalid_credentials') {
        await this.options.storage.put(
          'attempts',
          afterFailure(await this.attempts(), this.now().getTime()),
        );
      }
      throw error;
    }
    await this.options.storage.put('attempts', noFailures);
    await this.load(opened.key, opened.tar);
  }

  /** Seals what is pending, closes the database and forgets the key. */
  async lock(): Promise<void> {
    const open = this.open;
    if (!open) return;
    await this.sealing;
    this.open = null;
    await open.handle.close();
  }

  async lockIfIdle(): Promise<boolean> {
    if (!this.open) return false;
    const { idleMinutes } = await this.settings();
    if (this.now().getTime() - this.lastUseMs < idleMinutes * 60_000) return false;
    await this.lock();
    return true;
  }

  touch() {
    if (this.open) this.lastUseMs = this.now().getTime();
  }

  async setIdleMinutes(idleMinutes: number): Promise<void> {
    if (!(idleMinuteChoices as readonly number[]).includes(idleMinutes)) {
      throw new AppError('validation_failed', 'Choose one of the offered lock times.', [
        { path: 'body.idleMinutes', message: `one of ${idleMinuteChoices.join(', ')}` },
      ]);
    }
    this.session();
    await this.options.storage.put('settings', { idleMinutes } satisfies Settings);
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const open = this.requireOpen();
    assertStrongPassphrase(next);
    const sealed = await this.stored();
    if (sealed) {
      await this.assertMayTry();
      await openVault(sealed, current).catch(async (error: unknown) => {
        await this.options.storage.put(
          'attempts',
          afterFailure(await this.attempts(), this.now().getTime()),
        );
        throw error;
      });
    }
    open.key = await rewrapVaultKey(open.key, next);
    await this.seal();
  }

  /**
   * The sealed snapshot as a backup file: under the lock's passphrase, or under another one
   * given for the backup alone.
   */
  async backup(passphrase?: string): Promise<Bytes> {
    const open = this.requireOpen();
    await this.sealing;
    if (passphrase !== undefined) assertStrongPassphrase(passphrase);
    const key = passphrase === undefined ? open.key : await rewrapVaultKey(open.key, passphrase);
    return sealSnapshot(key, await this.dump(), this.now(), 'gzip');
  }

  /**
   * Replaces this device's private data with a backup's (after the passphrase opens it).
   * Allowed on a device without private data, or while unlocked: a locked vault is not
   * overwritten by someone who cannot open it.
   */
  async restore(backup: Bytes, passphrase: string): Promise<void> {
    if ((await this.status()).state === 'locked') {
      throw new AppError('forbidden', 'Unlock private mode before you replace its data.');
    }
    const opened = await openVault(backup, passphrase);
    await this.lock();
    await this.load(opened.key, opened.tar);
    await this.seal();
  }

  /** Deletes everything private mode kept on this device. */
  async forget(): Promise<void> {
    await this.lock();
    await this.options.storage.clear();
    this.sealed = Promise.resolve(undefined);
  }

  /** Seals the current database (after each change); waits for one already running. */
  seal(): Promise<void> {
    if (!this.nextSeal) {
      const next = this.sealing.then(async () => {
        this.nextSeal = null;
        await this.sealNow();
      });
      this.nextSeal = next;
      this.sealing = next.catch(() => undefined);
    }
    return this.nextSeal;
  }

  private async sealNow(): Promise<Bytes> {
    const open = this.requireOpen();
    const sealed = await sealSnapshot(open.key, await this.dump(), this.now());
    await this.options.storage.put('sealed', sealed);
    this.sealed = Promise.resolve(sealed);
    return sealed;
  }

  /**
   * The data directory as a tar, after a checkpoint: the data files then hold every change,
   * the write-ahead log shrinks back to a segment or two, and the next load replays nothing.
   */
  private async dump(): Promise<Bytes> {
    const pglite = this.requireOpen().handle.pglite!;
    await pglite.exec('CHECKPOINT');
    return new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer());
  }

  private async load(key: VaultKey, tar: Bytes): Promise<void> {
    const handle = await this.openDatabase(new Blob([tar]));
    const rows = await handle.db.selectFrom('users').select('id').execute();
    if (rows.length !== 1) {
      await handle.close();
      throw new AppError('bad_request', 'This data does not hold one private-mode person.');
    }
    const person = await getAccount({ db: handle.db, now: this.now }, rows[0]!.id);
    this.open = { handle, key, person };
    this.lastUseMs = this.now().getTime();
  }

  /**
   * Starts PGlite before the person has typed their passphrase, so opening waits only for
   * the key and the data: the empty database at once if there is none yet (first start),
   * else a PGlite waiting for the data directory. It holds no personal data until then.
   * Does nothing while open or already started.
   */
  warmUp(): void {
    if (this.open || this.warm) return;
    let supply!: (dataDir: Blob) => void;
    const later = new Promise<Blob>((resolve) => (supply = resolve));
    const warm: WarmStart = {
      supplied: null,
      supply: (dataDir) => {
        warm.supplied = dataDir;
        supply(dataDir);
      },
      handle: this.startDatabase(new LaterDataDir(later)),
    };
    // A failed warm start is noticed (and started again cold) when it is used.
    warm.handle.catch(() => undefined);
    this.warm = warm;
    void this.status().then(async ({ state }) => {
      if (state !== 'absent' || warm.supplied) return;
      const fresh = await this.options.freshDataDir();
      if (fresh && !warm.supplied) warm.supply(fresh);
    });
  }

  /** The warm start if it has (or can still take) this data directory, else a new start. */
  private async openDatabase(dataDir: Blob | undefined): Promise<DatabaseHandle> {
    const warm = this.warm;
    this.warm = null;
    if (warm && dataDir && (warm.supplied ?? dataDir) === dataDir) {
      if (!warm.supplied) warm.supply(dataDir);
      try {
        return await warm.handle;
      } catch {
        // Started again below; a fault in the data itself fails there too.
      }
    } else if (warm?.supplied) {
      // Started with another data directory (the empty one, before a restore).
      void warm.handle.then(
        (handle) => handle.close(),
        () => undefined,
      );
    }
    // A warm start still waiting for data is left waiting: nothing refers to it any more.
    return this.startDatabase(dataDir);
  }

  private async startDatabase(dataDir: Blob | undefined): Promise<DatabaseHandle> {
    const runtime = (await this.options.runtime?.()) ?? {};
    const handle = await openPortablePglite(
      dataDir ? { loadDataDir: dataDir, runtime } : { runtime },
    );
    await migrateIfBehind(handle.db);
    return handle;
  }

  private requireOpen() {
    if (!this.open) throw new AppError('unauthenticated', 'Private mode is locked.');
    return this.open;
  }

  private async assertMayTry() {
    assertMayTry(await this.attempts(), this.now().getTime());
  }

  private async attempts(): Promise<UnlockAttempts> {
    return (await this.options.storage.get<UnlockAttempts>('attempts')) ?? noFailures;
  }

  private async settings(): Promise<Settings> {
    return (
      (await this.options.storage.get<Settings>('settings')) ?? { idleMinutes: defaultIdleMinutes }
    );
  }
}

function assertStrongPassphrase(passphrase: string) {
  const problem = findPasswordProblem(passphrase, { isCommon: isCommonPassword });
  if (problem) {
    throw new AppError('weak_password', problem.message, [
      { path: 'body.passphrase', message: problem.message },
    ]);
  }
}
