import { pathwayForCountry } from '../../domain/pathway/pathway-for-country.js';
import type { Content } from '../content/load-content.js';
import { findHelpLine } from './family.js';
import { findHelp } from '../../domain/help/find-help.js';
import type { PathwayAnswer } from '../../domain/pathway/pathway-api.js';

/** The treatment pathway with each step's route for the person's country. */
export function pathwayFor(content: Content, hints: Parameters<typeof findHelp>[1]): PathwayAnswer {
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
