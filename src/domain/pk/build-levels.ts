import { concentrationAt, simulateRegimen, type SimulationResult } from './simulate-regimen.js';
import type { RegimenInput } from './regimen-schema.js';
import { defaultRacemicModel, mixesSubstances, modelChoiceReasons } from './model-choice.js';
import { routeIds, type RouteId } from './routes.js';
import { effectBands, type EffectBand } from './effect-bands.js';
import type { Levels, LevelsSummary } from './pk-api.js';

/**
 * A person's blood-level estimate from their logged doses of the last 48 hours, with "now"
 * marked and optionally a what-if redose: pure, so it runs wherever the doses were read.
 */

/** Levels look back 48 hours and 12 hours ahead, where the curve fades out. */
export const levelsLookBackMin = 48 * 60;
export const levelsLookAheadMin = 12 * 60;
/** Grid points per levels curve: enough for a phone-wide chart, cheap to send. */
const levelsMaxPoints = 2000;
/**
 * Used when the profile has no weight. 70 kg is the reference adult weight of the published
 * model figures (pk.md: "At 70 kg"); the answer says it was assumed.
 */
export const assumedWeightKg = 70;

export type BandId = EffectBand['id'];
export type LoggedDose = { takenAt: Date; mg: number; route: string };
export type WhatIfDose = { mg: number; route: RouteId; inMin: number };

const minuteMs = 60_000;
const isEngineRoute = (route: string): route is RouteId => routeIds.includes(route as RouteId);

/** The levels answer for doses already read (and scoped to one person). */
export function buildLevels({
  now,
  doses,
  profileWeightKg,
  timeZone,
  whatIf,
}: {
  now: Date;
  doses: LoggedDose[];
  profileWeightKg: number | null;
  timeZone: string;
  whatIf: WhatIfDose | null;
}): Levels {
  const known = doses
    .filter((dose): dose is LoggedDose & { route: RouteId } => isEngineRoute(dose.route))
    .sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime());
  const startMs = known[0]?.takenAt.getTime() ?? now.getTime() - levelsLookBackMin * minuteMs;
  const nowMin = (now.getTime() - startMs) / minuteMs;
  const untilMin = nowMin + levelsLookAheadMin;
  const weightKg = profileWeightKg ?? assumedWeightKg;
  const stepMin = Math.max(1, Math.ceil(untilMin / levelsMaxPoints));
  // Doses sit on the grid (within a minute of the logged time, far inside the model's
  // uncertainty): an off-grid dose costs the engine a matrix exponential per simulated person.
  const onGrid = (min: number) => Math.round(min / stepMin) * stepMin;
  const atMinOf = (date: Date) => onGrid((date.getTime() - startMs) / minuteMs);
  const isoAt = (min: number) => new Date(startMs + min * minuteMs).toISOString();

  const loggedDoses = known.map((dose) => ({
    takenAt: dose.takenAt.toISOString(),
    atMin: atMinOf(dose.takenAt),
    mg: dose.mg,
    route: dose.route,
  }));
  const whatIfAtMin = whatIf ? onGrid(nowMin + whatIf.inMin) : 0;
  const whatIfDose = whatIf ? { at: isoAt(whatIfAtMin), atMin: whatIfAtMin, ...whatIf } : null;
  const regimenDoses = [...loggedDoses, ...(whatIfDose ? [whatIfDose] : [])].map(
    ({ atMin, mg, route }) => ({ atMin, mg, route }),
  );
  // A log may mix esketamine spray with other ketamine; the API refuses such a regimen, but a
  // person's own curve must still be drawn. One curve has one model, so the racemic model is
  // used, which over-estimates the esketamine doses (the safer way to be wrong), and says so.
  const mixed = mixesSubstances(regimenDoses);
  const regimen: RegimenInput = {
    weightKg,
    ...(mixed ? { model: defaultRacemicModel } : {}),
    doses: regimenDoses,
    untilMin,
    stepMin,
  };
  const simulated = simulateRegimen(regimen);
  const result: SimulationResult = mixed
    ? {
        ...simulated,
        model: { ...simulated.model, reason: 'mixedLog', reasonText: modelChoiceReasons.mixedLog },
      }
    : simulated;
  const withoutWhatIf = whatIfDose
    ? simulateRegimen({ ...regimen, doses: regimen.doses.slice(0, loggedDoses.length) })
    : null;
  return {
    nowMin,
    startAt: new Date(startMs).toISOString(),
    weightKg,
    assumedWeight: profileWeightKg === null,
    timeZone,
    doses: loggedDoses,
    skippedDoses: doses.length - known.length,
    whatIf: whatIfDose
      ? { at: whatIfDose.at, atMin: whatIfDose.atMin, mg: whatIfDose.mg, route: whatIfDose.route }
      : null,
    withoutWhatIfNgPerMl: withoutWhatIf ? roundCurve(withoutWhatIf.plasmaNgPerMl) : null,
    result: {
      ...result,
      plasmaNgPerMl: roundCurve(result.plasmaNgPerMl),
      amountInBodyMg: roundCurve(result.amountInBodyMg),
      band: {
        ...result.band,
        p5NgPerMl: roundCurve(result.band.p5NgPerMl),
        p95NgPerMl: roundCurve(result.band.p95NgPerMl),
      },
    },
    summary: summarize({ result, nowMin, nowNgPerMl: concentrationAt(regimen, nowMin), isoAt }),
  };
}

/** Two decimals are far finer than the model's accuracy and make the answer a third of the size. */
function roundCurve(values: number[]): number[] {
  return values.map((value) => Math.round(value * 100) / 100);
}

function summarize({
  result,
  nowMin,
  nowNgPerMl,
  isoAt,
}: {
  result: SimulationResult;
  nowMin: number;
  nowNgPerMl: number;
  isoAt: (min: number) => string;
}): LevelsSummary {
  const aboveBands = effectBands
    .filter((band) => nowNgPerMl >= band.lowerNgPerMl)
    .map((band) => {
      const fallsBelowAtMin =
        result.landmarks.find((landmark) => landmark.id === band.id)?.fallsBelowAtMin ?? null;
      // Crossings come from the grid; never report a time before now for a band we are in.
      return {
        band: band.id,
        untilAt: fallsBelowAtMin === null ? null : isoAt(Math.max(fallsBelowAtMin, nowMin)),
      };
    });

  const firstAhead = Math.max(
    0,
    result.timesMin.findIndex((timeMin) => timeMin >= nowMin),
  );
  const maxAhead = (values: number[]) => Math.max(nowNgPerMl, ...values.slice(firstAhead));
  let peakIndex = firstAhead;
  for (let i = firstAhead; i < result.plasmaNgPerMl.length; i += 1) {
    if ((result.plasmaNgPerMl[i] ?? 0) > (result.plasmaNgPerMl[peakIndex] ?? 0)) peakIndex = i;
  }
  const peakNgPerMl = result.plasmaNgPerMl[peakIndex] ?? 0;
  const peakAhead =
    peakNgPerMl > nowNgPerMl
      ? { at: isoAt(result.timesMin[peakIndex] ?? nowMin), ngPerMl: peakNgPerMl }
      : { at: isoAt(nowMin), ngPerMl: nowNgPerMl };

  return {
    nowNgPerMl,
    aboveBands,
    highestBandNow: highestBandReached(nowNgPerMl),
    highestBandAhead: highestBandReached(maxAhead(result.plasmaNgPerMl)),
    highestBandAheadP95: highestBandReached(maxAhead(result.band.p95NgPerMl)),
    peakAhead,
  };
}

function highestBandReached(ngPerMl: number): BandId | null {
  return effectBands.filter((band) => ngPerMl >= band.lowerNgPerMl).at(-1)?.id ?? null;
}
