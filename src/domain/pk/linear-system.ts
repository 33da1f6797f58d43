import { absorptionFor } from './absorption.js';
import type { CompartmentModel, Disposition } from './compartment-models.js';
import { dispositionFor } from './compartment-models.js';
import { esketamineDevices, esketamineNasalFractions } from './routes.js';
import type { RouteId } from './routes.js';

/**
 * The regimen as a linear system dx/dt = A x + input: compartments 0 central, 1 shallow and
 * 2 deep peripheral (a two-compartment model has no deep one), then one absorption depot per
 * (route, pathway) used, and optionally a last compartment that collects what has been
 * eliminated (for mass-balance checks).
 */

/**
 * An IV dose over less than a second is given as a bolus: the curve cannot tell them apart on
 * any grid we draw, and dividing by a vanishing duration would overflow the infusion rate.
 */
const shortestInfusionMin = 1 / 60;

export type DoseInput = { atMin: number; mg: number; route: RouteId; durationMin?: number };

type Depot = { route: RouteId; pathway: number; kaPerMin: number };

/** One input of the plan: an amount into a compartment and/or a change of infusion rate. */
type PlannedInput = {
  timeMin: number;
  /** Compartment index, or -1 for a pure infusion-rate change. */
  compartment: number;
  mg: number;
  bioavailability: number;
  /** CV of the bioavailability between people (0 for intravenous). */
  bioavailabilityCv: number;
  rateChangeMgPerMin: number;
};

/**
 * Everything about a regimen that does not depend on the person; inputs sorted by time.
 * Depot j is compartment dispositionSize + j.
 */
export type DosePlan = {
  dispositionSize: 2 | 3;
  depots: Depot[];
  inputs: PlannedInput[];
  schedule: Schedule;
};

/**
 * Multipliers on the typical parameters for one person (all 1 for the typical person), and
 * a standard normal deviate for bioavailability, whose spread differs by route.
 */
export type Individual = {
  clearance: number;
  centralVolume: number;
  peripheralVolume: number;
  absorptionRate: number;
  bioavailabilityZ: number;
};

export const typicalIndividual: Individual = {
  clearance: 1,
  centralVolume: 1,
  peripheralVolume: 1,
  absorptionRate: 1,
  bioavailabilityZ: 0,
};

export type PkSystem = {
  size: number;
  /** Central and peripheral compartments (2 or 3); the depots follow them. */
  dispositionSize: 2 | 3;
  /** Row-major A. */
  matrix: Float64Array;
  v1L: number;
  depotCount: number;
  eliminatedIndex: number | null;
};

/**
 * Inputs sorted by time: an amount put into a compartment and/or a change of infusion rate.
 * Only the amounts depend on the person; the other columns are the plan's, shared by everyone
 * simulated with it. Plain arrays: V8 puts a typed array over 64 bytes outside the heap,
 * which costs several times more to allocate, once per simulated person.
 */
export type InputEvents = {
  timesMin: readonly number[];
  compartments: readonly number[];
  amountsMg: readonly number[];
  rateChangesMgPerMin: readonly number[];
};

type Schedule = Omit<InputEvents, 'amountsMg'>;

/** A two-compartment model gets no (always empty) deep compartment to step. */
function dispositionSizeOf(model: CompartmentModel): 2 | 3 {
  const p = model.parameters;
  return p.kind === 'clearances-and-volumes' && p.deep === null ? 2 : 3;
}

export function planDoses({
  model,
  doses,
}: {
  model: CompartmentModel;
  doses: DoseInput[];
}): DosePlan {
  const dispositionSize = dispositionSizeOf(model);
  const depots: Depot[] = [];
  const inputs: PlannedInput[] = [];
  const absorption = absorptionFor(model);
  const esketamineSession = { lastMin: -Infinity, mg: 0 };
  const chronological = [...doses].sort((x, y) => x.atMin - y.atMin);
  for (const dose of chronological) {
    const durationMin = dose.durationMin ?? 0;
    if (dose.route === 'intravenous' && durationMin >= shortestInfusionMin) {
      const rateMgPerMin = dose.mg / durationMin;
      // Same property order in every input literal keeps one object shape (fast access).
      const endMin = dose.atMin + durationMin;
      inputs.push({
        timeMin: dose.atMin,
        compartment: -1,
        mg: 0,
        bioavailability: 1,
        bioavailabilityCv: 0,
        rateChangeMgPerMin: rateMgPerMin,
      });
      inputs.push({
        timeMin: endMin,
        compartment: -1,
        mg: 0,
        bioavailability: 1,
        bioavailabilityCv: 0,
        rateChangeMgPerMin: -rateMgPerMin,
      });
      continue;
    }
    let fractions: { nasal: number; swallowed: number } | null = null;
    if (dose.route === 'esketamine-nasal') {
      if (dose.atMin - esketamineSession.lastMin > esketamineDevices.sessionGapMin) {
        esketamineSession.mg = 0;
      }
      fractions = esketamineNasalFractions({
        mg: dose.mg,
        mgEarlierInSession: esketamineSession.mg,
      });
      esketamineSession.mg += dose.mg;
      esketamineSession.lastMin = dose.atMin;
    }
    absorption[dose.route].forEach((pathway, index) => {
      let bioavailability = pathway.bioavailability;
      if (fractions) bioavailability = index === 0 ? fractions.nasal : fractions.swallowed;
      const timeMin = dose.atMin + pathway.lagMin;
      let compartment = 0;
      if (pathway.kaPerMin !== null) {
        let depot = depots.findIndex((d) => d.route === dose.route && d.pathway === index);
        if (depot < 0) {
          depot = depots.length;
          depots.push({ route: dose.route, pathway: index, kaPerMin: pathway.kaPerMin });
        }
        compartment = dispositionSize + depot;
      }
      inputs.push({
        timeMin,
        compartment,
        mg: dose.mg,
        bioavailability,
        bioavailabilityCv: bioavailability < 1 ? pathway.bioavailabilityCv : 0,
        rateChangeMgPerMin: 0,
      });
    });
  }
  inputs.sort((x, y) => x.timeMin - y.timeMin);
  const schedule: Schedule = {
    timesMin: inputs.map((input) => input.timeMin),
    compartments: inputs.map((input) => input.compartment),
    rateChangesMgPerMin: inputs.map((input) => input.rateChangeMgPerMin),
  };
  return { dispositionSize, depots, inputs, schedule };
}

export function buildSystem({
  model,
  weightKg,
  plan,
  individual = typicalIndividual,
  trackEliminated = false,
}: {
  model: CompartmentModel;
  weightKg: number;
  plan: DosePlan;
  individual?: Individual;
  trackEliminated?: boolean;
}): PkSystem {
  const d = individualDisposition(dispositionFor(model, weightKg), individual);
  const { dispositionSize } = plan;
  const depotCount = plan.depots.length;
  const size = dispositionSize + depotCount + (trackEliminated ? 1 : 0);
  const a = new Float64Array(size * size);
  // Row r, column c is a[r * size + c]. (No closures: this runs once per simulated person.)
  a[0] = -(d.k10PerMin + d.k12PerMin + d.k13PerMin);
  a[1] = d.k21PerMin;
  a[size] = d.k12PerMin;
  a[size + 1] = -d.k21PerMin;
  if (dispositionSize === 3) {
    a[2] = d.k31PerMin;
    a[2 * size] = d.k13PerMin;
    a[2 * size + 2] = -d.k31PerMin;
  }
  for (let i = 0; i < depotCount; i += 1) {
    const ka = plan.depots[i]!.kaPerMin * individual.absorptionRate;
    const depot = dispositionSize + i;
    a[depot * size + depot] = -ka;
    a[depot] = ka;
  }
  const eliminatedIndex = trackEliminated ? size - 1 : null;
  if (eliminatedIndex !== null) a[eliminatedIndex * size] = d.k10PerMin;
  return { size, dispositionSize, matrix: a, v1L: d.v1L, depotCount, eliminatedIndex };
}

/** Scales clearance and the central and shallow volumes; intercompartmental flows stay. */
function individualDisposition(d: Disposition, individual: Individual): Disposition {
  return {
    v1L: d.v1L * individual.centralVolume,
    k10PerMin: (d.k10PerMin * individual.clearance) / individual.centralVolume,
    k12PerMin: d.k12PerMin / individual.centralVolume,
    k13PerMin: d.k13PerMin / individual.centralVolume,
    k21PerMin: d.k21PerMin / individual.peripheralVolume,
    k31PerMin: d.k31PerMin,
  };
}

export function inputEvents({
  plan,
  individual = typicalIndividual,
}: {
  plan: DosePlan;
  individual?: Individual;
}): InputEvents {
  const amountsMg: number[] = [];
  // Doses by one route follow each other and share a CV: compute its multiplier once.
  let cv = 0;
  let multiplier = 1;
  for (const input of plan.inputs) {
    if (input.bioavailabilityCv !== cv) {
      cv = input.bioavailabilityCv;
      multiplier = logNormalMultiplier(cv, individual.bioavailabilityZ);
    }
    // Bioavailability varies between people on absorbed routes only, and never exceeds 1.
    amountsMg.push(input.mg * Math.min(1, input.bioavailability * multiplier));
  }
  const { timesMin, compartments, rateChangesMgPerMin } = plan.schedule;
  return { timesMin, compartments, amountsMg, rateChangesMgPerMin };
}

/** exp(ω z) with ω² = ln(1 + CV²): the NONMEM exponential model, median 1. */
export function logNormalMultiplier(cv: number, z: number): number {
  return cv === 0 || z === 0 ? 1 : Math.exp(Math.sqrt(Math.log(1 + cv * cv)) * z);
}

/** Milligrams per litre to nanograms per millilitre. */
export const ngPerMlPerMgPerL = 1000;
