import jsQRModule from 'jsqr';
import { describe, expect, it } from 'vitest';
import { makeCode } from '../../domain/clinic/share-code.js';
import { sealedShareLink } from '../../domain/clinic/sealed-snapshot.js';
import { qrModules, qrPath } from './qr-code.js';

/** jsQR is CommonJS: its function is the module itself, and also its `default`. */
const jsQR = jsQRModule.default;

/** The modules drawn as a camera would see them: RGBA pixels, `scale` per module, quiet zone 4. */
function pixelsOf(modules: boolean[][], scale = 4) {
  const quiet = 4;
  const size = (modules.length + 2 * quiet) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          const offset = (((y + quiet) * scale + dy) * size + (x + quiet) * scale + dx) * 4;
          data.fill(0, offset, offset + 3);
        }
      }
    }),
  );
  return { data, size };
}

describe('the share code as a QR code', () => {
  it('decodes back to the very code it was made from', () => {
    const codes = Array.from({ length: 20 }, () =>
      makeCode((size) => Math.floor(Math.random() * size)),
    );
    for (const code of codes) {
      const { data, size } = pixelsOf(qrModules(code));
      expect(jsQR(data, size, size)?.data).toBe(code);
    }
  });

  it('refuses text beyond ASCII instead of encoding it some other way', () => {
    expect(() => qrModules('abcd-éfgh')).toThrow();
  });

  it('makes a small version 1 code (21 modules a side) of a share code', () => {
    expect(qrModules('ABCD-EFGH-JKMN')).toHaveLength(21);
  });

  it('draws one unit square per dark module, inside the quiet zone', () => {
    const modules = qrModules('ABCD-EFGH-JKMN');
    const squares = qrPath(modules, 4).match(/M\d+ \d+h1v1h-1z/g) ?? [];
    expect(squares).toHaveLength(modules.flat().filter(Boolean).length);
    expect(qrPath(modules, 4).startsWith('M4 4')).toBe(true);
  });
});

describe('a snapshot’s link as a QR code', () => {
  it('decodes to the whole link, key after the # included, for a phone to open', () => {
    const key = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
    const link = sealedShareLink('https://ketalog.clinic.example:8443', crypto.randomUUID(), key);
    const modules = qrModules(link);
    const { data, size } = pixelsOf(modules);
    expect(jsQR(data, size, size)?.data).toBe(link);
    // 132 characters on this origin: version 8, 49 modules a side, easy to scan off a phone.
    expect(modules).toHaveLength(49);
  });
});
