import { describe, expect, it } from 'vitest';
import { assumedWeightKg, buildLevels } from './build-levels.js';
import { ZLevelsQuerySchema } from './pk-api.js';

const now = new Date('2026-03-01T22:00:00Z');
const minutesAgo = (min: number) => new Date(now.getTime() - min * 60_000);
const levelsFor = (overrides: Partial<Parameters<typeof buildLevels>[0]> = {}) =>
  buildLevels({
    now,
    doses: [],
    profileWeightKg: null,
    timeZone: 'UTC',
    whatIf: null,
    ...overrides,
  });

describe('buildLevels', () => {
  it('starts the clock at the first dose and marks now in minutes from it', () => {
    const levels = levelsFor({
      doses: [
        { takenAt: minutesAgo(30), mg: 40, route: 'insufflated' },
        { takenAt: minutesAgo(90), mg: 60, route: 'insufflated' },
      ],
    });
    expect(levels.startAt).toBe(minutesAgo(90).toISOString());
    expect(levels.nowMin).toBeCloseTo(90);
    expect(levels.doses.map((dose) => dose.atMin)).toEqual([0, 60]);
    expect(levels.result.timesMin.at(-1)).toBeGreaterThanOrEqual(levels.nowMin + 11 * 60);
  });

  it('starts 48 hours ago and shows nothing above any range when there are no doses', () => {
    const levels = levelsFor();
    expect(levels.startAt).toBe(minutesAgo(48 * 60).toISOString());
    expect(levels.summary).toMatchObject({
      nowNgPerMl: 0,
      aboveBands: [],
      highestBandNow: null,
      highestBandAhead: null,
    });
  });

  it('says which ranges the level is probably in now and until when', () => {
    const levels = levelsFor({
      doses: [{ takenAt: minutesAgo(20), mg: 100, route: 'insufflated' }],
    });
    expect(levels.summary.highestBandNow).toBe('dissociative');
    const dissociative = levels.summary.aboveBands.find((entry) => entry.band === 'dissociative');
    expect(Date.parse(dissociative?.untilAt ?? '')).toBeGreaterThan(now.getTime());
    const analgesic = levels.summary.aboveBands.find((entry) => entry.band === 'analgesic');
    expect(Date.parse(analgesic?.untilAt ?? '')).toBeGreaterThan(
      Date.parse(dissociative!.untilAt!),
    );
  });

  it('places logged times within a minute of the grid, and keeps now exact', () => {
    const levels = levelsFor({
      doses: [
        { takenAt: new Date(minutesAgo(600).getTime() + 12_345), mg: 40, route: 'insufflated' },
        { takenAt: new Date(minutesAgo(301).getTime() - 29_000), mg: 40, route: 'insufflated' },
      ],
    });
    const stepMin = (levels.result.timesMin[1] ?? 0) - (levels.result.timesMin[0] ?? 0);
    const second = levels.doses[1]!;
    expect(second.atMin % stepMin).toBe(0);
    const exactMin = (Date.parse(second.takenAt) - Date.parse(levels.startAt)) / 60_000;
    expect(Math.abs(second.atMin - exactMin)).toBeLessThanOrEqual(stepMin / 2);
    expect(levels.nowMin).toBeCloseTo((now.getTime() - Date.parse(levels.startAt)) / 60_000, 9);
  });

  it('assumes 70 kg and says so when the profile has no weight', () => {
    expect(levelsFor()).toMatchObject({ weightKg: assumedWeightKg, assumedWeight: true });
    expect(levelsFor({ profileWeightKg: 55 })).toMatchObject({
      weightKg: 55,
      assumedWeight: false,
    });
  });

  it('estimates a higher level for a lighter person after the same dose', () => {
    const doses = [{ takenAt: minutesAgo(20), mg: 60, route: 'insufflated' }];
    const light = levelsFor({ doses, profileWeightKg: 50 }).summary.nowNgPerMl;
    const heavy = levelsFor({ doses, profileWeightKg: 100 }).summary.nowNgPerMl;
    expect(light).toBeGreaterThan(heavy * 1.5);
  });

  it('leaves out doses whose route the model does not know, and counts them', () => {
    const levels = levelsFor({
      doses: [
        { takenAt: minutesAgo(20), mg: 60, route: 'smoked' },
        { takenAt: minutesAgo(10), mg: 60, route: 'oral' },
      ],
    });
    expect(levels.doses).toHaveLength(1);
    expect(levels.skippedDoses).toBe(1);
  });

  it('shows a hypothetical redose raising the curve ahead without changing now', () => {
    const doses = [{ takenAt: minutesAgo(20), mg: 50, route: 'insufflated' }];
    const baseline = levelsFor({ doses });
    const whatIf = levelsFor({ doses, whatIf: { mg: 100, route: 'intravenous', inMin: 30 } });
    expect(whatIf.whatIf).toMatchObject({ mg: 100, route: 'intravenous' });
    expect(Math.abs((whatIf.whatIf?.atMin ?? 0) - (baseline.nowMin + 30))).toBeLessThanOrEqual(1);
    expect(whatIf.summary.nowNgPerMl).toBeCloseTo(baseline.summary.nowNgPerMl, 6);
    expect(whatIf.summary.highestBandAhead).toBe('anaesthetic');
    expect(whatIf.result.timesMin).toEqual(baseline.result.timesMin);
    expect(whatIf.withoutWhatIfNgPerMl).toEqual(baseline.result.plasmaNgPerMl);
    expect(baseline.withoutWhatIfNgPerMl).toBeNull();
  });
});

describe('the model of a logged curve', () => {
  it('is the racemic default for street ketamine and the esketamine model for the spray alone', () => {
    const racemic = levelsFor({ doses: [{ takenAt: minutesAgo(20), mg: 60, route: 'oral' }] });
    expect(racemic.result.model).toMatchObject({ id: 'herd-racemic', reason: 'racemic' });
    const spray = levelsFor({
      doses: [{ takenAt: minutesAgo(20), mg: 56, route: 'esketamine-nasal' }],
    });
    expect(spray.result.model).toMatchObject({
      id: 'perez-ruixo-esketamine',
      reason: 'esketamine',
    });
  });

  it('draws a log that mixes the spray with other ketamine with the racemic model, and says so', () => {
    const doses = [
      { takenAt: minutesAgo(200), mg: 56, route: 'esketamine-nasal' },
      { takenAt: minutesAgo(20), mg: 60, route: 'insufflated' },
    ];
    const mixed = levelsFor({ doses });
    expect(mixed.result.model).toMatchObject({ id: 'herd-racemic', reason: 'mixedLog' });
    expect(mixed.result.model.reasonText).toMatch(/probably over-estimated/);
    const sprayAlone = levelsFor({ doses: doses.slice(0, 1) });
    expect(mixed.summary.nowNgPerMl).toBeGreaterThan(sprayAlone.summary.nowNgPerMl);
  });

  it('compares a what-if redose with the same model as the curve it is added to', () => {
    const doses = [{ takenAt: minutesAgo(20), mg: 56, route: 'esketamine-nasal' }];
    const whatIf = levelsFor({ doses, whatIf: { mg: 50, route: 'insufflated', inMin: 30 } });
    expect(whatIf.result.model.reason).toBe('mixedLog');
    const index = whatIf.result.timesMin.findIndex((min) => min >= whatIf.nowMin);
    expect(whatIf.withoutWhatIfNgPerMl?.[index]).toBeCloseTo(
      whatIf.result.plasmaNgPerMl[index]!,
      1,
    );
  });
});

describe('the levels query', () => {
  it('accepts no what-if or a complete one, and refuses a partial one', () => {
    expect(ZLevelsQuerySchema.safeParse({}).success).toBe(true);
    expect(
      ZLevelsQuerySchema.safeParse({ whatIfMg: '40', whatIfRoute: 'oral', whatIfInMin: '0' }).data,
    ).toEqual({ whatIfMg: 40, whatIfRoute: 'oral', whatIfInMin: 0 });
    expect(ZLevelsQuerySchema.safeParse({ whatIfMg: '40' }).success).toBe(false);
    expect(
      ZLevelsQuerySchema.safeParse({ whatIfMg: 'abc', whatIfRoute: 'oral', whatIfInMin: '0' })
        .success,
    ).toBe(false);
  });
});
