/** Public surface of the pharmacokinetic engine (pure; runs in the browser and in Node). */
export { simulateRegimen, concentrationAt } from './simulate-regimen.js';
export type { SimulationResult } from './simulate-regimen.js';
export {
  ZRegimenSchema,
  ZRegimenDoseSchema,
  parseRegimen,
  pointCountFor,
  regimenLimits,
} from './regimen-schema.js';
export type { Regimen, RegimenInput } from './regimen-schema.js';
export { compartmentModels, modelIds, dispositionFor } from './compartment-models.js';
export type { CompartmentModel, ModelId, Disposition, ModelError } from './compartment-models.js';
export {
  chooseModel,
  defaultRacemicModel,
  mixesSubstances,
  modelChoiceReasons,
  modelErrorFigures,
} from './model-choice.js';
export type { ModelChoiceReason } from './model-choice.js';
export { routes, routeIds } from './routes.js';
export type { RouteId, RouteAbsorption } from './routes.js';
export { effectBands } from './effect-bands.js';
export type { EffectBand } from './effect-bands.js';
export type { BandLandmark } from './band-landmarks.js';
