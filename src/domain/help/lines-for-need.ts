import type { HelpDirectory, HelpLine, LinePurpose } from './help-directory-schema.js';

/**
 * The lines of a directory that meet a need, given as purposes in order of preference:
 * the lines of the first purpose the directory has. ['crisis', 'directory'] gives a
 * country's crisis lines, or, where we list none, the directories that can find one.
 */
export function linesForNeed(
  directory: HelpDirectory,
  purposes: readonly LinePurpose[],
): HelpLine[] {
  for (const purpose of purposes) {
    const lines = directory.lines.filter((line) => line.purpose === purpose);
    if (lines.length > 0) return lines;
  }
  return [];
}

/**
 * Needs that content can name by code (a risk flag's `helpNeed`), each as purposes in order
 * of preference. crisis: thoughts of self-harm. urgent-care: urgent but not an emergency,
 * e.g. blood in the urine (emergency numbers are always shown beside these lines).
 */
export const HELP_NEEDS = {
  crisis: ['crisis', 'directory'],
  'urgent-care': ['health-advice'],
} as const satisfies Record<string, readonly LinePurpose[]>;

export type HelpNeed = keyof typeof HELP_NEEDS;
