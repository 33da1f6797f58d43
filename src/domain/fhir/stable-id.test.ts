import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { uuidV5 } from './stable-id.js';

const dnsNamespace = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('uuidV5', () => {
  it('gives the RFC 9562 example UUID for www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', dnsNamespace)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('agrees with Node’s SHA-1 for names of every length around the block edges', () => {
    for (const length of [0, 1, 39, 40, 47, 48, 55, 56, 63, 64, 200]) {
      const name = 'é'.repeat(length);
      const input = Buffer.concat([
        Buffer.from(dnsNamespace.replaceAll('-', ''), 'hex'),
        Buffer.from(name, 'utf8'),
      ]);
      const hex = createHash('sha1').update(input).digest('hex').slice(0, 32);
      const id = uuidV5(name, dnsNamespace).replaceAll('-', '');
      expect(id.slice(0, 12) + id.slice(13, 16) + id.slice(17)).toBe(
        hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(17),
      );
      expect(id[12]).toBe('5');
    }
  });

  it('gives different ids to different names and the same id to the same name', () => {
    expect(uuidV5('dose:a')).toBe(uuidV5('dose:a'));
    expect(uuidV5('dose:a')).not.toBe(uuidV5('dose:b'));
  });
});
