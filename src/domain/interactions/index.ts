export {
  checkInteractions,
  type InteractionCheck,
  type InteractionPair,
} from './check-interactions.js';
export { interactionLevels, type InteractionLevel } from './interaction-level.js';
export {
  findSubstanceClass,
  resolveSubstance,
  type ResolvedSubstance,
} from './resolve-substance.js';
export { maxSubstanceNameLength, maxSubstancesPerCheck } from './check-limits.js';
