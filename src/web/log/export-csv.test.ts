import { describe, expect, it } from 'vitest';
import type { Dose } from '../../domain/log/log-api.js';
import { dosesCsv, toCsv } from './export-csv.js';

describe('CSV downloads', () => {
  it('quotes commas, quotes and line breaks so every row stays one row', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"\nthen go']])).toBe(
      'a,b\r\n"x, y","say ""hi""\nthen go"\r\n',
    );
  });

  it('keeps typed notes from running as spreadsheet formulas', () => {
    expect(toCsv(['notes'], [['=HYPERLINK("x")'], ['-5 felt bad'], [-5]])).toBe(
      'notes\r\n"\'=HYPERLINK(""x"")"\r\n\'-5 felt bad\r\n-5\r\n',
    );
  });

  it('writes one row per dose with the co-used substances in one cell', () => {
    const dose: Dose = {
      id: '7d1c6c1e-3f0a-4a53-9a8e-2f1f1f1f1f1f',
      takenAt: '2026-03-01T21:00:00+00:00',
      mg: 60,
      route: 'insufflated',
      purpose: null,
      coUse: [
        { substance: 'alcohol', amount: 4, unit: 'units', resolvedAs: null },
        { substance: 'cannabis', resolvedAs: null },
      ],
      setting: null,
      notes: null,
      createdAt: '2026-03-01T21:01:00Z',
    };
    expect(dosesCsv([dose]).split('\r\n')[1]).toBe(
      '7d1c6c1e-3f0a-4a53-9a8e-2f1f1f1f1f1f,2026-03-01T21:00:00+00:00,60,insufflated,,alcohol 4 units; cannabis,,',
    );
  });
});
