import { describe, expect, it } from 'vitest';
import type { Dose } from '../../domain/log/log-api.js';
import { cravingsCsv, dosesCsv, toCsv } from './export-csv.js';

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
    expect(dosesCsv([dose], 'Europe/London').split('\r\n')[1]).toBe(
      '7d1c6c1e-3f0a-4a53-9a8e-2f1f1f1f1f1f,2026-03-01T21:00:00+00:00,2026-03-01 21:00,60,insufflated,,alcohol 4 units; cannabis,,',
    );
  });

  it('puts the time as the person’s clock read it beside each UTC time, across a clock change', () => {
    const dose = (takenAt: string): Dose => ({
      id: '7d1c6c1e-3f0a-4a53-9a8e-2f1f1f1f1f1f',
      takenAt,
      mg: 20,
      route: 'oral',
      purpose: null,
      coUse: [],
      setting: null,
      notes: null,
      createdAt: takenAt,
    });
    const rows = dosesCsv(
      [dose('2026-03-28T23:30:00.000Z'), dose('2026-03-29T23:30:00.000Z')],
      'Europe/London',
    ).split('\r\n');
    expect(rows[0]).toBe(
      'id,takenAt,takenAtLocal (Europe/London),mg,route,purpose,coUse,setting,notes',
    );
    // British Summer Time began at 01:00 UTC on 29 March 2026.
    expect(rows[1]).toContain('2026-03-28T23:30:00.000Z,2026-03-28 23:30,');
    expect(rows[2]).toContain('2026-03-29T23:30:00.000Z,2026-03-30 00:30,');
    expect(
      cravingsCsv(
        [
          {
            id: 'c',
            at: '2026-07-01T12:00:00.000Z',
            intensity: 4,
            toolsTried: [],
            helped: null,
            notes: null,
          },
        ],
        'America/New_York',
      ).split('\r\n')[1],
    ).toBe('c,2026-07-01T12:00:00.000Z,2026-07-01 08:00,4,,,');
  });
});
