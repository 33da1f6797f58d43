/** Public surface of the pharmacokinetic engine (pure; runs in the browser and in Node). */
export { simulateRegimen } from './simulate-regimen.js';
export type { SimulationResult } from './simulate-regimen.js';
export { ZRegimenSchema, regimenLimits } from './regimen-schema.js';
