import { bandLandmarks } from './band-landmarks.js';
import type { BandLandmark } from './band-landmarks.js';
import { compartmentModels, dispositionFor } from './compartment-models.js';
import type { Disposition, ModelId } from './compartment-models.js';
import { effectBands } from './effect-bands.js';
import { concentrationNgPerMl, createGridStepper, stateAt } from './exact-stepper.js';
import { buildSystem, inputEvents, planDoses } from './linear-system.js';
import { bandPeople, bandSeed, percentileBand } from './percentile-band.js';
import { parseRegimen, pointCountFor } from './regimen-schema.js';
import type { Regimen } from './regimen-schema.js';
import { routes } from './routes.js';

export type SimulationResult = {
  timesMin: number[];
  plasmaNgPerMl: number[];
  /** Drug that has reached the blood and is still in the body (central + peripheral), mg. */
  amountInBodyMg: number[];
  /** Highest grid point of the typical curve. */
  peak: { timeMin: number; ngPerMl: number };
  landmarks: BandLandmark[];
  band: {
    p5NgPerMl: number[];
    p95NgPerMl: number[];
    assumption: string;
    people: number;
    seed: number;
  };
  model: {
    id: ModelId;
    label: string;
    substance: string;
    reference: string;
    weightKg: number;
    typical: Disposition;
  };
  notes: string[];
};

/**
 * Simulates a regimen for a typical person of the given weight, with a 5th–95th percentile
 * band over a seeded virtual population. Throws AppError('validation_failed') on bad input.
 */
export function simulateRegimen(input: unknown): SimulationResult {
  const regimen = parseRegimen(input);
  const model = compartmentModels[regimen.model];
  const plan = planDoses({ model, doses: regimen.doses });
  const system = buildSystem({ model, weightKg: regimen.weightKg, plan });
  const pointCount = pointCountFor(regimen);
  const concentrations = new Float64Array(pointCount);
  const amounts = new Float64Array(pointCount);
  createGridStepper({ system, events: inputEvents({ plan }), stepMin: regimen.stepMin }).fill({
    concentrationsNgPerMl: concentrations,
    amountsMg: amounts,
    count: pointCount,
  });
  const timesMin = Array.from({ length: pointCount }, (_, i) => i * regimen.stepMin);

  let peakIndex = 0;
  for (let i = 1; i < pointCount; i += 1) {
    if ((concentrations[i] ?? 0) > (concentrations[peakIndex] ?? 0)) peakIndex = i;
  }
  const lastDoseMin = regimen.doses.length
    ? Math.max(...regimen.doses.map((dose) => dose.atMin))
    : null;
  const band = percentileBand({
    model,
    weightKg: regimen.weightKg,
    plan,
    stepMin: regimen.stepMin,
    pointCount,
  });
  return {
    timesMin,
    plasmaNgPerMl: Array.from(concentrations),
    amountInBodyMg: Array.from(amounts),
    peak: { timeMin: timesMin[peakIndex] ?? 0, ngPerMl: concentrations[peakIndex] ?? 0 },
    landmarks: effectBands.map((effectBand) =>
      bandLandmarks({
        band: effectBand,
        timesMin,
        concentrationsNgPerMl: concentrations,
        lastDoseMin,
      }),
    ),
    band: {
      p5NgPerMl: Array.from(band.p5NgPerMl),
      p95NgPerMl: Array.from(band.p95NgPerMl),
      assumption: bandAssumption(regimen),
      people: bandPeople,
      seed: bandSeed,
    },
    model: {
      id: model.id,
      label: model.label,
      substance: model.substance,
      reference: model.reference,
      weightKg: regimen.weightKg,
      typical: dispositionFor(model, regimen.weightKg),
    },
    notes: notesFor(regimen),
  };
}

/** Plasma concentration (ng/mL) of the typical person at any time, exactly (no grid). */
export function concentrationAt(input: unknown, tMin: number): number {
  const regimen = parseRegimen(input);
  const model = compartmentModels[regimen.model];
  const plan = planDoses({ model, doses: regimen.doses });
  const system = buildSystem({ model, weightKg: regimen.weightKg, plan });
  return concentrationNgPerMl(system, stateAt({ system, events: inputEvents({ plan }), tMin }));
}

function bandAssumption(regimen: Regimen): string {
  const v = compartmentModels[regimen.model].variability;
  const describe = (name: string, value: { value: number; estimated?: true; source: string }) =>
    `${name} ${Math.round(value.value * 100)}% (${value.estimated ? 'assumed' : value.source})`;
  return [
    `5th–95th percentile of ${bandPeople} simulated people with log-normal variability:`,
    [
      describe('clearance', v.clearanceCv),
      describe('central volume', v.centralVolumeCv),
      describe('absorption rate', v.absorptionRateCv),
      describe('bioavailability', v.bioavailabilityCv),
    ].join(', ') + '.',
    'Real people can fall outside this band.',
  ].join(' ');
}

function notesFor(regimen: Regimen): string[] {
  const model = compartmentModels[regimen.model];
  const used = new Set(regimen.doses.map((dose) => dose.route));
  const notes = [
    'An estimate from a population model: it cannot know purity, tolerance or how one body differs from the average. Never a guide to how much to take.',
    ...model.notes,
  ];
  for (const route of used) {
    const data = routes[route];
    if (data.note) notes.push(data.note);
    const estimated = data.pathways.flatMap((p) =>
      [p.kaPerMin, p.lagMin].filter((v) => v?.estimated).map((v) => v?.note ?? ''),
    );
    if (estimated.length) {
      notes.push(`${data.label}: absorption timing is estimated, not published. ${estimated[0]}`);
    }
  }
  if (used.has('esketamine-nasal') && model.substance !== 'esketamine') {
    notes.push(
      'Esketamine nasal spray is simulated with a racemic ketamine model; the perez-ruixo-esketamine model was built for it.',
    );
  }
  if (
    Math.abs((pointCountFor(regimen) - 1) * regimen.stepMin - regimen.untilMin) >
    1e-9 * regimen.untilMin
  ) {
    notes.push('untilMin is not a whole number of steps; the curve ends at the last whole step.');
  }
  notes.push('Peak and band crossing times are read from the time grid (to within one step).');
  return notes;
}
