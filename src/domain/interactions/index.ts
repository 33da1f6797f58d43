export {
  checkInteractions,
  type InteractionCheck,
  type InteractionPair,
} from './check-interactions.js';
export { interactionLevels, worstLevel, type InteractionLevel } from './interaction-level.js';
export type { InteractionSource } from './interaction-sources.js';
export {
  normalizeSubstanceName,
  resolveSubstance,
  type ResolvedSubstance,
} from './resolve-substance.js';
export { substanceClasses, ketamineClass, type SubstanceClass } from './substance-classes.js';
