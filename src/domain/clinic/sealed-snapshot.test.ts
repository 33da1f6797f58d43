import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import type { SealedSnapshot } from './sealed-share-api.js';
import {
  openSnapshot,
  readSealedShareCode,
  sealedShareCode,
  sealedShareLink,
  sealSnapshot,
} from './sealed-snapshot.js';

const snapshot: SealedSnapshot = {
  format: 'ketalog-sealed-snapshot',
  version: 'test',
  exportedAt: '2026-11-30T10:00:00.000Z',
  scopes: ['log'],
  person: { displayName: 'Sam', timeZone: 'Europe/London' },
  doses: [
    {
      id: '00000000-0000-4000-8000-000000000002',
      takenAt: '2026-11-29T22:00:00.000Z',
      mg: 35,
      route: 'insufflated',
      purpose: null,
      coUse: [{ substance: 'gabapentin', resolvedAs: null }],
      setting: null,
      notes: 'a quiet night',
      createdAt: '2026-11-29T22:01:00.000Z',
    },
  ],
  checkIns: [],
  questionnaireResponses: [],
  recoveryPlan: null,
  cravings: [],
  risk: null,
};

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('sealing a snapshot for a clinic', () => {
  it('opens with its key to exactly what was sealed, and hides every value it holds', async () => {
    const { ciphertext, key } = await sealSnapshot(snapshot);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const bytes = atob(ciphertext);
    for (const value of ['gabapentin', 'quiet', 'Sam', 'insufflated', '35']) {
      expect(bytes).not.toContain(value);
    }
    expect(await openSnapshot(ciphertext, key)).toEqual(snapshot);
    // A fresh key and IV every time: the same snapshot never seals to the same bytes.
    const again = await sealSnapshot(snapshot);
    expect(again.key).not.toBe(key);
    expect(again.ciphertext).not.toBe(ciphertext);
  });

  it('refuses another key, a changed byte and a key that is not one', async () => {
    const { ciphertext, key } = await sealSnapshot(snapshot);
    const other = await sealSnapshot(snapshot);
    const flipped = atob(ciphertext).split('');
    flipped[20] = String.fromCharCode(flipped[20]!.charCodeAt(0) ^ 1);
    for (const [text, withKey] of [
      [ciphertext, other.key],
      [btoa(flipped.join('')), key],
      [ciphertext, 'short'],
      ['%%%', key],
    ] as const) {
      const error = await refusal(openSnapshot(text, withKey));
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).reason).toBe('snapshot-key-wrong');
    }
  });

  it('puts the key only in the link’s fragment, and reads it back from a link or a typed code', () => {
    const id = '5b0c7a3e-2f1d-4c8b-9a6e-1d2c3b4a5f60';
    const key = 'A'.repeat(42) + 'g';
    const link = sealedShareLink('https://ketalog.example.org', id, key);
    expect(new URL(link).pathname).toBe(`/clinic/snapshot/${id}`);
    expect(new URL(link).hash).toBe(`#${key}`);
    expect(readSealedShareCode(link)).toEqual({ id, key });
    expect(
      readSealedShareCode(
        ` ${sealedShareCode(id, key).toUpperCase().replace(key.toUpperCase(), key)} `,
      ),
    ).toEqual({ id, key });
    expect(readSealedShareCode(id)).toBeNull();
    expect(readSealedShareCode(`${id}#short`)).toBeNull();
  });
});
