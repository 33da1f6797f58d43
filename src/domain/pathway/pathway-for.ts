import type { HelpDirectory } from '../help/help-directory-schema.js';
import { findHelp } from '../help/find-help.js';
import { findHelpLine } from '../help/find-help-line.js';
import type { PathwayAnswer } from './pathway-api.js';
import { pathwayForCountry } from './pathway-for-country.js';
import type { Pathway } from './pathway-schema.js';

/** The content the pathway answer is built from (loaded and validated by the server). */
export type PathwayContent = {
  helpDirectories: ReadonlyMap<string, HelpDirectory>;
  pathway: Pathway;
};

/** The treatment pathway with each step's route for the person's country. */
export function pathwayFor(
  content: PathwayContent,
  hints: Parameters<typeof findHelp>[1],
): PathwayAnswer {
  const help = findHelp(content.helpDirectories, hints);
  const steps = pathwayForCountry(content.pathway, help.country).map((step) => ({
    ...step,
    lines: (step.reach.lineIds ?? []).flatMap((lineId) => {
      const line = findHelpLine(content.helpDirectories, help.country, lineId);
      return line ? [line] : [];
    }),
  }));
  return {
    ...content.pathway,
    country: help.country,
    countryName: help.directory.countryName,
    available: help.available,
    steps,
  };
}
