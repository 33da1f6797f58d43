import type { HelpLine } from '../../domain/help/help-directory-schema.js';
import {
  pathwayForCountry,
  type LocalPathwayStep,
} from '../../domain/pathway/pathway-for-country.js';
import type { Pathway } from '../../domain/pathway/pathway-schema.js';
import type { Content } from '../content/load-content.js';
import { findHelpLine } from './family.js';
import { findHelp, type HelpAnswer } from '../../domain/help/find-help.js';

export type PathwayStepAnswer = LocalPathwayStep & {
  /** The help lines named by the step's route, from the help directory. */
  lines: HelpLine[];
};

export type PathwayAnswer = Omit<Pathway, 'steps'> & {
  country: string;
  countryName: string;
  available: HelpAnswer['available'];
  steps: PathwayStepAnswer[];
};

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
