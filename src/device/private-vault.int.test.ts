import { beforeAll, describe, expect, it } from 'vitest';
import { prepareFreshDataDir } from './fresh-data-dir.js';
import { runPrivateOperation } from './private-operations.js';
import { PrivateVault, type VaultStorage, type VaultStorageKey } from './private-vault.js';

/** The vault's storage as IndexedDB keeps it, in a Map (structured clones of the values). */
function memoryStorage(): VaultStorage & { entries: Map<VaultStorageKey, unknown> } {
  const entries = new Map<VaultStorageKey, unknown>();
  return {
    entries,
    get: <T>(key: VaultStorageKey) => Promise.resolve(structuredClone(entries.get(key)) as T),
    put: (key, value) => Promise.resolve(void entries.set(key, structuredClone(value))),
    clear: () => Promise.resolve(entries.clear()),
  };
}

const passphrase = 'lantern orchard 58 quietly';
let freshDataDir: Blob;
let clockMs = Date.parse('2026-12-01T12:00:00Z');

beforeAll(async () => {
  freshDataDir = await prepareFreshDataDir();
});

function newVault(storage = memoryStorage()) {
  return new PrivateVault({
    storage,
    freshDataDir: () => Promise.resolve(freshDataDir),
    now: () => new Date(clockMs),
    // Fewer iterations than the app uses keep the test quick.
    iterations: 100_000,
  });
}

async function run(vault: PrivateVault, op: string, args?: unknown) {
  const { ctx, person } = vault.session();
  return runPrivateOperation(ctx, person, op, args);
}

const dose = {
  takenAt: '2026-12-01T11:00:00.000Z',
  mg: 40,
  route: 'insufflated',
  notes: 'by the river',
};

describe('private vault', () => {
  it('keeps a logged dose through lock and unlock, and opens only with the passphrase', async () => {
    const storage = memoryStorage();
    const vault = newVault(storage);
    expect((await vault.status()).state).toBe('absent');
    await vault.create(passphrase, 'Europe/London');
    await run(vault, 'doses.create', { body: dose });
    await vault.seal();
    await vault.lock();
    expect((await vault.status()).state).toBe('locked');
    expect(() => vault.session()).toThrow('locked');

    // A new worker (the page reloaded) finds only the sealed bytes.
    const reopened = newVault(storage);
    await expect(reopened.unlock('lantern orchard 58 quietlY')).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
    await reopened.unlock(passphrase);
    const { doses } = (await run(reopened, 'doses.list', { query: {} })) as {
      doses: Array<{ mg: number; notes: string }>;
    };
    expect(doses.map(({ mg, notes }) => ({ mg, notes }))).toEqual([
      { mg: 40, notes: 'by the river' },
    ]);
    const { account } = (await run(reopened, 'me.get')) as {
      account: { profile: { timeZone: string } };
    };
    expect(account.profile.timeZone).toBe('Europe/London');
    await reopened.lock();
  });

  it('opens the same data through a PGlite started before the passphrase was typed', async () => {
    const storage = memoryStorage();
    const first = newVault(storage);
    first.warmUp();
    await first.create(passphrase, 'UTC');
    for (const mg of [10, 20, 30]) await run(first, 'doses.create', { body: { ...dose, mg } });
    await first.seal();
    await first.lock();
    // The snapshot is the small prepared data directory plus the rows, not 40 MB.
    expect((storage.entries.get('sealed') as Uint8Array).length).toBeLessThan(12_000_000);

    const later = newVault(storage);
    later.warmUp();
    await expect(later.unlock('not the passphrase at all')).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
    await later.unlock(passphrase);
    const { doses } = (await run(later, 'doses.list', { query: {} })) as {
      doses: Array<{ mg: number }>;
    };
    expect(doses.map(({ mg }) => mg).sort()).toEqual([10, 20, 30]);
    const backup = await later.backup();
    await later.lock();

    // Started with the empty database, then a backup is restored instead: the backup's data.
    const elsewhere = newVault();
    elsewhere.warmUp();
    await elsewhere.restore(backup, passphrase);
    expect(
      (await run(elsewhere, 'doses.list', { query: {} })) as { doses: unknown[] },
    ).toMatchObject({
      doses: [{}, {}, {}],
    });
    await elsewhere.lock();
  });

  it('refuses a weak passphrase and bad input the way the API does, and stores nothing then', async () => {
    const storage = memoryStorage();
    const vault = newVault(storage);
    await expect(vault.create('1234', 'UTC')).rejects.toMatchObject({ code: 'weak_password' });
    expect(storage.entries.size).toBe(0);
    await vault.create(passphrase, 'UTC');
    await expect(run(vault, 'doses.create', { body: { ...dose, mg: -1 } })).rejects.toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'body.mg' }],
    });
    await expect(
      run(vault, 'doses.create', { body: { ...dose, notes: 'a\u0000b' } }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      run(vault, 'doses.create', { body: { ...dose, mg: 1e308 } }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(run(vault, 'users.drop', {})).rejects.toMatchObject({ code: 'not_found' });
    expect((await run(vault, 'doses.list', { query: {} })) as { doses: unknown[] }).toMatchObject({
      doses: [],
    });
    await vault.lock();
  });

  it('makes someone guessing wait after three wrong passphrases, even to try the right one', async () => {
    const storage = memoryStorage();
    await newVault(storage)
      .create(passphrase, 'UTC')
      .then(() => undefined);
    const vault = newVault(storage);
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(vault.unlock('wrong passphrase here')).rejects.toMatchObject({
        code: 'invalid_credentials',
      });
    }
    await expect(vault.unlock(passphrase)).rejects.toMatchObject({ code: 'rate_limited' });
    expect((await vault.status()).waitMs).toBe(5_000);
    clockMs += 5_000;
    await vault.unlock(passphrase);
    expect((await vault.status()).state).toBe('unlocked');
    await vault.lock();
  });

  it('locks itself after the chosen idle time', async () => {
    const vault = newVault();
    await vault.create(passphrase, 'UTC');
    await vault.setIdleMinutes(1);
    clockMs += 50_000;
    expect(await vault.lockIfIdle()).toBe(false);
    vault.touch();
    clockMs += 50_000;
    expect(await vault.lockIfIdle()).toBe(false);
    clockMs += 11_000;
    expect(await vault.lockIfIdle()).toBe(true);
    expect((await vault.status()).state).toBe('locked');
  });

  it('restores a backup file into a fresh browser profile, under the backup’s own passphrase', async () => {
    const vault = newVault();
    await vault.create(passphrase, 'UTC');
    await run(vault, 'doses.create', { body: dose });
    await vault.seal();
    const backup = await vault.backup('a different backup phrase 7');
    await vault.lock();

    const elsewhere = newVault();
    await expect(elsewhere.restore(backup, passphrase)).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
    await elsewhere.restore(backup, 'a different backup phrase 7');
    const { doses } = (await run(elsewhere, 'doses.list', { query: {} })) as { doses: unknown[] };
    expect(doses).toHaveLength(1);
    await elsewhere.lock();
    // The restored data is now sealed under the backup's passphrase on this device.
    await elsewhere.unlock('a different backup phrase 7');
    await elsewhere.lock();
  });

  it('does not let a locked vault be overwritten by a backup, and forgets everything on request', async () => {
    const storage = memoryStorage();
    const vault = newVault(storage);
    await vault.create(passphrase, 'UTC');
    const backup = await vault.backup();
    await vault.lock();
    await expect(vault.restore(backup, passphrase)).rejects.toMatchObject({ code: 'forbidden' });
    await vault.forget();
    expect(storage.entries.size).toBe(0);
    expect((await vault.status()).state).toBe('absent');
  });

  it('brings an account’s export file onto the device through the same import', async () => {
    const account = newVault();
    await account.create(passphrase, 'UTC');
    await run(account, 'doses.create', { body: dose });
    const exported = await run(account, 'me.export');
    await account.lock();

    const device = newVault();
    await device.create(passphrase, 'UTC');
    await expect(
      run(device, 'me.import', { body: { format: 'something else' } }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await run(device, 'me.import', { body: JSON.parse(JSON.stringify(exported)) as unknown });
    const { doses } = (await run(device, 'doses.list', { query: {} })) as {
      doses: Array<{ takenAt: string; notes: string }>;
    };
    expect(doses.map(({ takenAt, notes }) => ({ takenAt, notes }))).toEqual([
      { takenAt: dose.takenAt, notes: 'by the river' },
    ]);
    await device.lock();
  });
});

describe('sharing a snapshot from the device', () => {
  it('makes a snapshot of only the chosen scopes, and keeps the record of a shared one, past its date too, until it is withdrawn', async () => {
    const vault = newVault();
    await vault.create(passphrase, 'Europe/London');
    await run(vault, 'doses.create', { body: dose });
    await run(vault, 'checkIns.save', { body: { date: '2026-12-01', craving: 3 } });
    const snapshot = (await run(vault, 'sharing.snapshot', {
      body: { scopes: ['log', 'risk'], days: 7 },
    })) as { doses: unknown[]; checkIns: unknown[]; risk: { flags: unknown[] } | null };
    expect(snapshot.doses).toHaveLength(1);
    expect(snapshot.checkIns).toEqual([]);
    expect(snapshot.risk?.flags).toBeDefined();
    await expect(
      run(vault, 'sharing.snapshot', { body: { scopes: ['summary'], days: 7 } }),
    ).rejects.toMatchObject({ code: 'validation_failed' });

    const id = '5b0c7a3e-2f1d-4c8b-9a6e-1d2c3b4a5f60';
    const share = { id, removalToken: 'token', scopes: ['log'], expiresAt: '2026-12-08T12:00:00Z' };
    await run(vault, 'sealedShares.remember', { body: share });
    expect(await run(vault, 'sealedShares.list')).toMatchObject({
      shares: [{ id, removalToken: 'token', scopes: ['log'] }],
    });
    // One past its date stays listed (the page shows it ran out) until it is forgotten.
    const ranOut = { ...share, id: crypto.randomUUID(), expiresAt: '2026-01-01T00:00:00Z' };
    await run(vault, 'sealedShares.remember', { body: ranOut });
    const { shares } = (await run(vault, 'sealedShares.list')) as { shares: { id: string }[] };
    expect(shares.map((entry) => entry.id).sort()).toEqual([id, ranOut.id].sort());
    await run(vault, 'sealedShares.forget', { params: { id: ranOut.id } });
    await run(vault, 'sealedShares.forget', { params: { id } });
    expect(await run(vault, 'sealedShares.list')).toEqual({ shares: [] });
    await expect(run(vault, 'sealedShares.forget', { params: { id } })).rejects.toMatchObject({
      code: 'not_found',
    });
    await vault.lock();
  });
});
