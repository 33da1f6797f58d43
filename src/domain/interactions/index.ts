export {
  checkInteractions,
  type InteractionCheck,
  type InteractionPair,
} from './check-interactions.js';
export { interactionLevels, worstLevel, type InteractionLevel } from './interaction-level.js';
export type { InteractionSource, SubstanceClass } from './interaction-data-schema.js';
export { normalizeSubstanceName } from './normalize-substance-name.js';
export {
  findSubstanceClass,
  resolveSubstance,
  substanceClasses,
  type ResolvedSubstance,
} from './resolve-substance.js';
export { maxSubstanceNameLength, maxSubstancesPerCheck } from './check-limits.js';
