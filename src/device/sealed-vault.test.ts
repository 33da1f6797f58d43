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
const tar = new Uint8Array(new TextEncoder().encode('a data directory with a dose of 40 mg in it'));
const now = new Date('2026-12-01T12:00:00Z');

describe('sealed vault', () => {
  it('opens with the passphrase it was sealed with and gives back the same bytes', async () => {
    const key = await createVaultKey('lantern orchard 58 quietly', iterations);
    const sealed = await sealSnapshot(key, tar, now);
    expect(new TextDecoder().decode(sealed)).not.toContain('40 mg');
    const opened = await openVault(sealed, 'lantern orchard 58 quietly');
    expect(opened.tar).toEqual(tar);
    expect(readVaultHeader(sealed).header.kdf.iterations).toBe(iterations);
  });

  it('refuses a wrong passphrase, bytes that are not a vault, and a header changed by hand', async () => {
    const key = await createVaultKey('lantern orchard 58 quietly', iterations);
    const sealed = await sealSnapshot(key, tar, now);
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
    const sealed = await sealSnapshot(key, tar, now);
    expect((await openVault(sealed, 'new passphrase there')).tar).toEqual(tar);
    await expect(openVault(sealed, 'old passphrase here')).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
  });

  it('gzips a backup file when asked, and opens either kind to the same data directory', async () => {
    const key = await createVaultKey('lantern orchard 58 quietly', iterations);
    const pages = new Uint8Array(20_000);
    pages.set(tar, 10_000);
    const kept = await sealSnapshot(key, pages, now);
    const backup = await sealSnapshot(key, pages, now, 'gzip');
    expect(backup.length).toBeLessThan(kept.length / 10);
    expect((await openVault(backup, 'lantern orchard 58 quietly')).tar).toEqual(pages);
    expect((await openVault(kept, 'lantern orchard 58 quietly')).tar).toEqual(pages);
  });
});
