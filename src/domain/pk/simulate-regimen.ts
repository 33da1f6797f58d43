import { absorptionFor } from './absorption.js';
import { bandLandmarks } from './band-landmarks.js';
import type { BandLandmark } from './band-landmarks.js';
import { dispositionFor } from './compartment-models.js';
import type { CompartmentModel, Disposition, ModelError, ModelId } from './compartment-models.js';
import { effectBands } from './effect-bands.js';
import { concentrationNgPerMl, createGridStepper, stateAt } from './exact-stepper.js';
import { buildSystem, inputEvents, planDoses } from './linear-system.js';
import { chooseModel, modelChoiceReasons, modelErrorInWords } from './model-choice.js';
import type { ModelChoiceReason } from './model-choice.js';
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
    /** Why this model was used. */
    reason: ModelChoiceReason;
    reasonText: string;
    /** Its error against published studies (null: not checked), and the same in words. */
    error: ModelError | null;
    errorText: string;
  };
  notes: string[];
};

/** The regimen, validated, with the model it is simulated with. */
function prepare(input: unknown) {
  const regimen = parseRegimen(input);
  const { model, reason } = chooseModel(regimen);
  const plan = planDoses({ model, doses: regimen.doses });
  const system = buildSystem({ model, weightKg: regimen.weightKg, plan });
  return { regimen, model, reason, plan, system };
}

/**
 * Simulates a regimen for a typical person of the given weight, with a 5th–95th percentile
 * band over a seeded virtual population. Throws AppError('validation_failed') on bad input.
 */
export function simulateRegimen(input: unknown): SimulationResult {
  const { regimen, model, reason, plan, system } = prepare(input);
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
      assumption: bandAssumption(model, regimen),
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
      reason,
      reasonText: modelChoiceReasons[reason],
      error: model.error,
      errorText: modelErrorInWords(model),
    },
    notes: notesFor(model, regimen),
  };
}

/** Plasma concentration (ng/mL) of the typical person at any time, exactly (no grid). */
export function concentrationAt(input: unknown, tMin: number): number {
  const { plan, system } = prepare(input);
  return concentrationNgPerMl(system, stateAt({ system, events: inputEvents({ plan }), tMin }));
}

function bandAssumption(model: CompartmentModel, regimen: Regimen): string {
  const v = model.variability;
  const describe = (name: string, value: { value: number; estimated?: true; source: string }) =>
    `${name} ${Math.round(value.value * 100)}% (${value.estimated ? 'assumed' : value.source})`;
  const absorption = absorptionFor(model);
  const used = [...new Set(regimen.doses.map((dose) => dose.route))];
  const bioavailability = used
    .filter((route) => route !== 'intravenous')
    .map(
      (route) =>
        `${routes[route].label} ${Math.round((absorption[route][0]?.bioavailabilityCv ?? 0) * 100)}%`,
    );
  return [
    `5th–95th percentile of ${bandPeople} simulated people with log-normal variability:`,
    [
      describe('clearance', v.clearanceCv),
      describe('central volume', v.centralVolumeCv),
      describe('peripheral volume', v.peripheralVolumeCv),
      describe('absorption rate', v.absorptionRateCv),
      ...(bioavailability.length
        ? [`bioavailability ${bioavailability.join(', ')} (assumed)`]
        : []),
    ].join(', ') + '.',
    'Real people can fall outside this band.',
  ].join(' ');
}

function notesFor(model: CompartmentModel, regimen: Regimen): string[] {
  const used = new Set(regimen.doses.map((dose) => dose.route));
  const absorption = absorptionFor(model);
  const notes = [
    'An estimate from a population model: it cannot know purity, tolerance or how one body differs from the average. Never a guide to how much to take.',
    ...model.notes,
  ];
  for (const route of used) {
    const data = routes[route];
    if (data.note) notes.push(data.note);
    if (absorption[route].some((pathway) => pathway.kaEstimated) && data.timeToPeakMin) {
      notes.push(
        `${data.label}: the absorption rate is estimated, not published: it is set so that this model peaks about ${data.timeToPeakMin.typical} minutes after a dose, as published (${data.timeToPeakMin.source}).`,
      );
    }
  }
  if (used.has('esketamine-nasal') && model.substance !== 'esketamine') {
    notes.push(
      'Esketamine nasal spray is simulated with a racemic ketamine model; the perez-ruixo-esketamine model was built for it.',
    );
  }
  if (used.has('esketamine-nasal')) {
    notes.push(
      'Each 28 mg esketamine device after the first in a session is absorbed less through the nose (Perez-Ruixo 2021); doses within 15 minutes of each other count as one session.',
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
