/**
 * Combination risk levels, most severe first. The low-risk levels follow TripSit's scale.
 * `unknown` sits above the low-risk levels on purpose: a combination with a pair we know
 * nothing about must never read as "low risk" overall, because unknown is not safe.
 */
export const interactionLevels = [
  'dangerous',
  'unsafe',
  'caution',
  'unknown',
  'low-risk-synergy',
  'low-risk-no-synergy',
  'low-risk-decrease',
] as const;

export type InteractionLevel = (typeof interactionLevels)[number];

/** The most severe of the levels; `unknown` when there are none. */
export function worstLevel(levels: Iterable<InteractionLevel>): InteractionLevel {
  let worstIndex = interactionLevels.indexOf('unknown');
  let seenAny = false;
  for (const level of levels) {
    const index = interactionLevels.indexOf(level);
    if (!seenAny || index < worstIndex) worstIndex = index;
    seenAny = true;
  }
  return interactionLevels[worstIndex] ?? 'unknown';
}
