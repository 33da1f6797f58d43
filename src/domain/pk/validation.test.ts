import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compartmentModels } from './compartment-models.js';
import type { ModelId } from './compartment-models.js';
import { routeIds } from './routes.js';
import { concentrationAt, simulateRegimen } from './simulate-regimen.js';

/**
 * The validation set: every published study arm in content/pk/published-levels.json is
 * simulated with the model the app would choose for its doses, and compared with what was
 * measured. The summary printed here is the table in the README's Levels section.
 */

const groups = [
  'intravenous bolus',
  'intravenous infusion',
  'intramuscular',
  'intranasal',
  'oral',
  'sublingual',
  'rectal',
  'esketamine nasal',
] as const;
/** No adult rectal levels were found; every other group must be in the set. */
const requiredGroups = groups.filter((group) => group !== 'rectal');

const ZPublishedLevelsRowSchema = z.object({
  id: z.string(),
  group: z.enum(groups),
  citation: z.string().min(20),
  population: z.string(),
  substance: z.enum(['racemic ketamine', 'esketamine']),
  weightKg: z.number(),
  weightNote: z.string(),
  doses: z.array(
    z.object({
      atMin: z.number(),
      mg: z.number().optional(),
      mgPerKg: z.number().optional(),
      route: z.enum(routeIds),
      durationMin: z.number().optional(),
    }),
  ),
  observed: z.object({
    measure: z.enum(['cmax', 'at-time']),
    atMin: z.number().optional(),
    ngPerMl: z.number().positive(),
    statistic: z.enum(['mean', 'median', 'geometric mean', 'model typical value']),
  }),
  sampling: z.enum(['venous', 'arterial', 'not stated']),
  note: z.string().optional(),
});
type Row = z.infer<typeof ZPublishedLevelsRowSchema>;

const rows = z
  .object({ about: z.string(), rows: z.array(ZPublishedLevelsRowSchema) })
  .parse(
    JSON.parse(
      readFileSync(new URL('../../../content/pk/published-levels.json', import.meta.url), 'utf8'),
    ),
  ).rows;

const stepMin = 0.25;

function regimenFor(row: Row, model?: ModelId) {
  return {
    weightKg: row.weightKg,
    ...(model ? { model } : {}),
    doses: row.doses.map(({ atMin, mg, mgPerKg, route, durationMin }) => ({
      atMin,
      mg: mg ?? (mgPerKg ?? 0) * row.weightKg,
      route,
      ...(durationMin ? { durationMin } : {}),
    })),
    untilMin: 8 * 60,
    stepMin,
  };
}

type Compared = {
  row: Row;
  modelId: ModelId;
  predicted: number;
  fold: number;
  p5: number;
  p95: number;
};

function compare(row: Row, model?: ModelId): Compared {
  const regimen = regimenFor(row, model);
  const result = simulateRegimen(regimen);
  const { measure, atMin = 0, ngPerMl } = row.observed;
  let predicted: number;
  let p5: number;
  let p95: number;
  if (measure === 'cmax') {
    predicted = result.peak.ngPerMl;
    // The band of the peak: the 5th and 95th percentile curves at their own highest points.
    p5 = Math.max(...result.band.p5NgPerMl);
    p95 = Math.max(...result.band.p95NgPerMl);
  } else {
    predicted = concentrationAt(regimen, atMin);
    const index = Math.round(atMin / stepMin);
    p5 = result.band.p5NgPerMl[index] ?? NaN;
    p95 = result.band.p95NgPerMl[index] ?? NaN;
  }
  return { row, modelId: result.model.id, predicted, fold: predicted / ngPerMl, p5, p95 };
}

function summary(compared: Compared[]) {
  const logs = compared.map((c) => Math.abs(Math.log(c.fold)));
  return {
    within2: compared.filter((c) => c.fold >= 0.5 && c.fold <= 2).length / compared.length,
    within15: compared.filter((c) => c.fold >= 1 / 1.5 && c.fold <= 1.5).length / compared.length,
    meanAbsLogFold: logs.reduce((sum, value) => sum + value, 0) / logs.length,
    typicalFold: Math.exp(logs.reduce((sum, value) => sum + value, 0) / logs.length),
    largestFold: Math.exp(Math.max(...logs)),
    outside3: compared.filter((c) => c.fold < 1 / 3 || c.fold > 3).length,
    outsideBand: compared
      .filter((c) => c.row.observed.ngPerMl < c.p5 || c.row.observed.ngPerMl > c.p95)
      .map((c) => c.row.id),
  };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

describe('published blood levels', () => {
  const compared = rows.map((row) => compare(row));
  const result = summary(compared);

  it('holds at least 15 study arms across every route group, each with its citation and statistic', () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
    const present = new Set(rows.map((row) => row.group));
    for (const group of requiredGroups) expect(present, group).toContain(group);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  it('matches them with the model the app chooses: ≥ 90% within 2×, none outside 3×, every intravenous arm within 2×', () => {
    const table = compared.map(
      (c) =>
        `${c.row.id.padEnd(34)} ${c.row.group.padEnd(21)} ${c.modelId.padEnd(23)} observed ${c.row.observed.ngPerMl.toFixed(1).padStart(7)} (${c.row.observed.statistic}) predicted ${c.predicted.toFixed(1).padStart(7)} fold ${c.fold.toFixed(2)}  band ${c.p5.toFixed(0)}–${c.p95.toFixed(0)}`,
    );
    console.log(
      [
        ...table,
        `${compared.length} arms: ${percent(result.within2)} within 2×, ${percent(result.within15)} within 1.5×, mean |log fold| ${result.meanAbsLogFold.toFixed(3)} (typical fold ${result.typicalFold.toFixed(2)}, largest ${result.largestFold.toFixed(2)}), ${compared.length - result.outsideBand.length} of ${compared.length} published values inside the 5th–95th percentile band (outside: ${result.outsideBand.join(', ')})`,
      ].join('\n'),
    );
    expect(result.within2).toBeGreaterThanOrEqual(0.9);
    expect(result.outside3).toBe(0);
    for (const c of compared.filter((c) => c.row.group.startsWith('intravenous'))) {
      expect(c.fold, c.row.id).toBeGreaterThanOrEqual(0.5);
      expect(c.fold, c.row.id).toBeLessThanOrEqual(2);
    }
  });

  it('puts most published study values inside the 5th–95th percentile band', () => {
    expect(result.outsideBand.length / compared.length).toBeLessThanOrEqual(0.2);
  });

  it('states each chosen model’s error as measured here, so the words in the app cannot drift', () => {
    for (const modelId of new Set(compared.map((c) => c.modelId))) {
      const own = summary(compared.filter((c) => c.modelId === modelId));
      const arms = compared.filter((c) => c.modelId === modelId).length;
      expect(compartmentModels[modelId].error, modelId).toEqual({
        typicalFold: Math.round(own.typicalFold * 100) / 100,
        largestFold: Math.round(own.largestFold * 100) / 100,
        studyArms: arms,
      });
    }
  });

  it('gives the Domino model, named explicitly, the error it states for the racemic arms', () => {
    const racemic = rows.filter((row) => !row.doses.some((d) => d.route === 'esketamine-nasal'));
    const domino = racemic.map((row) => compare(row, 'domino'));
    const own = summary(domino);
    console.log(
      `domino on ${domino.length} arms: ${percent(own.within2)} within 2×, ${percent(own.within15)} within 1.5×, mean |log fold| ${own.meanAbsLogFold.toFixed(3)}`,
    );
    expect(compartmentModels.domino.error).toEqual({
      typicalFold: Math.round(own.typicalFold * 100) / 100,
      largestFold: Math.round(own.largestFold * 100) / 100,
      studyArms: domino.length,
    });
  });
});
