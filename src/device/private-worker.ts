/// <reference lib="webworker" />
import {
  type VaultOperation,
  type WorkerAnswer,
  type WorkerEvent,
  type WorkerMessage,
  type WorkerRequest,
} from '../domain/device/private-protocol.js';
import { AppError } from '../domain/errors.js';
import { openIndexedDbStorage } from './indexeddb-storage.js';
import { isPrivateOperation, operationWrites, runPrivateOperation } from './private-operations.js';
import type { PgliteRuntime } from '../db/portable-db.js';
import { PrivateVault } from './private-vault.js';
import type { Bytes } from './sealed-vault.js';

/**
 * Private mode's worker: one per tab. The database has one owner across the tabs of this
 * browser profile, the worker holding the Web Lock; the others pass their tab's requests to
 * it over a BroadcastChannel and relay its answers. When the owner's tab closes, the lock
 * passes to another worker, which opens the vault again (locked: the key left with the tab).
 */
declare const self: DedicatedWorkerGlobalScope;

/** A migrated, empty data directory built with the app (see scripts/build.mjs). */
const freshDataDirUrl = '/private-db/fresh.tar';
const idleCheckMs = 10_000;

type ChannelMessage =
  | { kind: 'request'; from: string; request: WorkerRequest }
  | { kind: 'answer'; to: string; answer: WorkerAnswer }
  | { kind: 'event'; event: WorkerEvent };

const workerId = Array.from(crypto.getRandomValues(new Uint32Array(4)), String).join('-');
const channel = new BroadcastChannel('ketalog-private');
const forwarded = new Map<number, WorkerRequest>();
/** Set once this worker holds the lock. */
let vault: Promise<PrivateVault> | null = null;

/**
 * PGlite's WebAssembly (compiled while it downloads) and file bundle, fetched when the
 * worker starts, so unlocking waits only for the key and the data. The URLs name the same
 * files PGlite itself would fetch.
 */
const runtime = (async (): Promise<PgliteRuntime> => {
  try {
    const [pgliteWasmModule, fsBundle] = await Promise.all([
      WebAssembly.compileStreaming(
        fetch(new URL('../../node_modules/@electric-sql/pglite/dist/pglite.wasm', import.meta.url)),
      ),
      fetch(
        new URL('../../node_modules/@electric-sql/pglite/dist/pglite.data', import.meta.url),
      ).then((response) => response.blob()),
    ]);
    return { pgliteWasmModule, fsBundle };
  } catch {
    // PGlite fetches them itself then.
    return {};
  }
})();

let freshDataDirFetch: Promise<Blob | undefined> | undefined;
function freshDataDir(): Promise<Blob | undefined> {
  freshDataDirFetch ??= fetch(freshDataDirUrl).then(
    (response) => (response.ok ? response.blob() : undefined),
    () => undefined,
  );
  return freshDataDirFetch;
}

function emit(event: WorkerEvent['event']) {
  self.postMessage({ event } satisfies WorkerMessage);
  channel.postMessage({ kind: 'event', event: { event } } satisfies ChannelMessage);
}

const text = (args: unknown, field: string) => {
  const value = (args as { body?: Record<string, unknown> } | undefined)?.body?.[field];
  if (typeof value !== 'string') {
    throw new AppError('validation_failed', `Please fill in ${field}.`, [
      { path: `body.${field}`, message: 'is required' },
    ]);
  }
  return value;
};

async function runVaultOperation(owned: PrivateVault, op: VaultOperation, args: unknown) {
  const body = (args as { body?: Record<string, unknown> } | undefined)?.body ?? {};
  switch (op) {
    case 'vault.status':
      return owned.status();
    case 'vault.create':
      await owned.create(text(args, 'passphrase'), text(args, 'timeZone'));
      emit('unlocked');
      return owned.status();
    case 'vault.unlock':
      await owned.unlock(text(args, 'passphrase'));
      emit('unlocked');
      return owned.status();
    case 'vault.lock':
      await owned.lock();
      emit('locked');
      return owned.status();
    case 'vault.touch':
      owned.touch();
      return null;
    case 'vault.changePassphrase':
      await owned.changePassphrase(text(args, 'current'), text(args, 'passphrase'));
      return owned.status();
    case 'vault.setIdleMinutes':
      await owned.setIdleMinutes(Number(body.idleMinutes));
      return owned.status();
    case 'vault.backup':
      return owned.backup(typeof body.passphrase === 'string' ? body.passphrase : undefined);
    case 'vault.restore': {
      if (!(body.backup instanceof Uint8Array)) {
        throw new AppError('validation_failed', 'Choose a backup file.', [
          { path: 'body.backup', message: 'is required' },
        ]);
      }
      await owned.restore(body.backup as Bytes, text(args, 'passphrase'));
      emit('unlocked');
      return owned.status();
    }
    case 'vault.forget':
      await owned.forget();
      emit('forgotten');
      return owned.status();
  }
}

async function handle(owned: PrivateVault, { id, op, args }: WorkerRequest): Promise<WorkerAnswer> {
  try {
    let result: unknown;
    if (isPrivateOperation(op)) {
      const { ctx, person } = owned.session();
      result = await runPrivateOperation(ctx, person, op, args);
      if (operationWrites(op)) await owned.seal();
    } else if (op.startsWith('vault.')) {
      result = await runVaultOperation(owned, op, args);
    } else {
      throw new AppError('not_found', 'Private mode has no such operation.');
    }
    return { id, ok: true, result: result ?? null };
  } catch (error) {
    if (error instanceof AppError) {
      const { code, message, details, reason, params } = error;
      const specifics = { ...(reason ? { reason } : {}), ...(params ? { params } : {}) };
      return {
        id,
        ok: false,
        error: { code, message, ...(details ? { details } : {}), specifics },
      };
    }
    // Never the arguments: they are the person's data.
    console.error('Private mode failed:', error instanceof Error ? error.name : typeof error);
    return {
      id,
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong on this device. Please try again.',
      },
    };
  } finally {
    // Locked or not set up yet: PGlite starts again, ready for the next unlock.
    owned.warmUp();
  }
}

async function becomeOwner() {
  vault = openIndexedDbStorage().then(
    (storage) => new PrivateVault({ storage, freshDataDir, runtime: () => runtime }),
  );
  const owned = await vault;
  // PGlite (and on a first start the empty database) gets ready while the passphrase is typed.
  owned.warmUp();
  const { state } = await owned.status();
  // Taking over from a closed tab: this tab's page still shows it unlocked.
  if (state === 'locked') self.postMessage({ event: 'locked' } satisfies WorkerMessage);
  setInterval(() => {
    void owned.lockIfIdle().then((locked) => {
      if (!locked) return;
      emit('locked');
      owned.warmUp();
    });
  }, idleCheckMs);
  // What this tab passed to an owner that went away before answering is run here now.
  for (const request of forwarded.values()) {
    self.postMessage((await handle(owned, request)) satisfies WorkerMessage);
  }
  forwarded.clear();
}

channel.onmessage = async ({ data }: MessageEvent<ChannelMessage>) => {
  if (data.kind === 'request' && vault) {
    const answer = await handle(await vault, data.request);
    channel.postMessage({ kind: 'answer', to: data.from, answer } satisfies ChannelMessage);
  } else if (data.kind === 'answer' && data.to === workerId && forwarded.delete(data.answer.id)) {
    self.postMessage(data.answer satisfies WorkerMessage);
  } else if (data.kind === 'event') {
    self.postMessage(data.event satisfies WorkerMessage);
  }
};

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  if (vault) {
    self.postMessage((await handle(await vault, data)) satisfies WorkerMessage);
  } else {
    forwarded.set(data.id, data);
    channel.postMessage({
      kind: 'request',
      from: workerId,
      request: data,
    } satisfies ChannelMessage);
  }
};

void navigator.locks.request('ketalog-private-owner', async () => {
  await becomeOwner();
  // Held for as long as this worker lives.
  await new Promise(() => undefined);
});
