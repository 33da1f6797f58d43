import { describe, expect, it } from 'vitest';
import {
  createVaultKey,
  openVault,
  readVaultHeader,
  rewrapVaultKey,
  sealSnapshot,
} from './sealed-vault.js';

// Fewer iterations than the app uses keep the test quick; the format records the count.
const iterations = 100_000;
const snapshot = new Uint8Array(
  new TextEncoder().encode('a data directory with a dose of 40 mg in it'),
);
const now = new Date('2026-12-01T12:00:00Z');

describe('sealed vault', () => {
  it('opens with the passphrase it was sealed with and gives back the same bytes', async () => {
    const key = await createVaultKey('lantern orchard 58 quietly', iterations);
    const sealed = await sealSnapshot(key, snapshot, now);
    expect(new TextDecoder().decode(sealed)).not.toContain('40 mg');
    const opened = await openVault(sealed, 'lantern orchard 58 quietly');
    expect(opened.snapshot).toEqual(snapshot);
    expect(readVaultHeader(sealed).header.kdf.iterations).toBe(iterations);
  });

  it('refuses a wrong passphrase, bytes that are not a vault, and a header changed by hand', async () => {
    const key = await createVaultKey('lantern orchard 58 quietly', iterations);
    const sealed = await sealSnapshot(key, snapshot, now);
    await expect(openVault(sealed, 'lantern orchard 58 quietlY')).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
    await expect(openVault(new Uint8Array([1, 2, 3]), 'x')).rejects.toMatchObject({
      code: 'bad_request',
    });
    const tampered = sealed.slice();
    const text = new TextDecoder().decode(tampered);
    const at = text.indexOf('"sealedAt":"2026');
    tampered[at + 12] = '3'.charCodeAt(0);
    await expect(openVault(tampered, 'lantern orchard 58 quietly')).rejects.toMatchObject({
      code: 'bad_request',
    });
    const flipped = sealed.slice();
    flipped[flipped.length - 1]! ^= 1;
    await expect(openVault(flipped, 'lantern orchard 58 quietly')).rejects.toMatchObject({
      code: 'bad_request',
    });
  });

  it('opens under a new passphrase after re-wrapping, and no longer under the old one', async () => {
    const key = await rewrapVaultKey(
      await createVaultKey('old passphrase here', iterations),
      'new passphrase there',
    );
    const sealed = await sealSnapshot(key, snapshot, now);
    expect((await openVault(sealed, 'new passphrase there')).snapshot).toEqual(snapshot);
    await expect(openVault(sealed, 'old passphrase here')).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
  });
});
