import { compartmentModels } from './compartment-models.js';
import type { CompartmentModel, ModelError, ModelId } from './compartment-models.js';
import type { RouteId } from './routes.js';

/**
 * Which disposition model a regimen is simulated with, and why. Esketamine nasal spray has
 * its own model (Perez-Ruixo 2021); everything else is racemic ketamine, for which the Herd
 * model fits published venous levels across routes. One curve has one model, so a regimen
 * that mixes the two must name the model it wants.
 */

export const defaultRacemicModel: ModelId = 'herd-racemic';
export const esketamineNasalModel: ModelId = 'perez-ruixo-esketamine';

export const modelChoiceReasons = {
  named: 'named in the regimen',
  racemic:
    'the default for racemic ketamine: it matches published venous blood levels after intravenous, intramuscular, snorted, swallowed and sublingual doses',
  esketamine: 'every dose is esketamine nasal spray, and this model was built from people using it',
  mixedLog:
    'the doses mix esketamine nasal spray with other ketamine, and one curve needs one model: the racemic model is used, so the esketamine doses are probably over-estimated',
} as const;
export type ModelChoiceReason = keyof typeof modelChoiceReasons;

export const mixedSubstancesMessage =
  'These doses mix esketamine nasal spray with racemic ketamine; each has its own model and one curve can use only one. Name the model ("model": "herd-racemic" or "perez-ruixo-esketamine"), or simulate them separately.';

/** True when some doses are esketamine nasal spray and some are not. */
export function mixesSubstances(doses: readonly { route: RouteId }[]): boolean {
  const esketamine = doses.filter((dose) => dose.route === 'esketamine-nasal').length;
  return esketamine > 0 && esketamine < doses.length;
}

/** Callers refuse mixed regimens without a model first (the regimen schema does). */
export function chooseModel({
  model,
  doses,
}: {
  model?: ModelId | undefined;
  doses: readonly { route: RouteId }[];
}): { model: CompartmentModel; reason: ModelChoiceReason } {
  if (model) return { model: compartmentModels[model], reason: 'named' };
  const esketamineOnly = doses.length > 0 && doses.every((d) => d.route === 'esketamine-nasal');
  return esketamineOnly
    ? { model: compartmentModels[esketamineNasalModel], reason: 'esketamine' }
    : { model: compartmentModels[defaultRacemicModel], reason: 'racemic' };
}

/**
 * The error in figures people read: the typical fold error as "± N %", rounded to 5 % (finer
 * would claim more than we know), and the largest fold rounded up, never down.
 */
export function modelErrorFigures(error: ModelError): { percent: number; largest: string } {
  return {
    percent: Math.round((error.typicalFold - 1) * 20) * 5,
    largest: (Math.ceil(error.largestFold * 10) / 10).toFixed(1),
  };
}

/** The model's error against published studies, in plain words. */
export function modelErrorInWords(model: CompartmentModel): string {
  const error = model.error;
  if (!error) return 'This model has not been checked against our set of published studies.';
  const { percent, largest } = modelErrorFigures(error);
  return `In ${error.studyArms} published study groups the typical curve was within about ±${percent}% of what was measured on average, and never more than ${largest} times off. One person can differ far more.`;
}
