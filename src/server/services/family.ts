import type { FamilyGuide } from '../../domain/family/family-guide-schema.js';
import type { ObserverChecklist } from '../../domain/family/observer-checklist-schema.js';
import {
  scoreObserverChecklist,
  type ObserverGuidance,
} from '../../domain/family/score-observer-checklist.js';
import type { HelpDirectory, HelpLine } from '../../domain/help/help-directory-schema.js';
import { fallbackDirectory } from '../../domain/help/resolve-country.js';
import type { Content } from '../content/load-content.js';
import { findHelp, type HelpAnswer } from '../../domain/help/find-help.js';

type SupportOption = FamilyGuide['support'][number]['options'][number];

export type FamilySupportOption = Omit<SupportOption, 'lineId'> & {
  /** The help line the option points at, from the help directory (numbers live there). */
  line?: HelpLine;
};

export type FamilyGuideAnswer = Omit<FamilyGuide, 'support'> & {
  country: string;
  countryName: string;
  available: HelpAnswer['available'];
  support: { options: FamilySupportOption[]; note?: string };
  /** Whole, with its guidance: the web app scores a visitor's answers on the device. */
  checklist: ObserverChecklist;
};

/** Finds a help line by id: in the country's directory first, then in any directory. */
export function findHelpLine(
  directories: ReadonlyMap<string, HelpDirectory>,
  country: string,
  lineId: string,
): HelpLine | undefined {
  const inCountry = directories.get(country)?.lines.find((line) => line.id === lineId);
  if (inCountry) return inCountry;
  for (const directory of directories.values()) {
    const line = directory.lines.find((candidate) => candidate.id === lineId);
    if (line) return line;
  }
  return undefined;
}

/** The family guide with support for the person's country (resolved as /api/help does). */
export function familyGuideFor(
  content: Content,
  hints: Parameters<typeof findHelp>[1],
): FamilyGuideAnswer {
  const help = findHelp(content.helpDirectories, hints);
  const { support, ...guide } = content.familyGuide;
  const local =
    support.find((entry) => entry.country === help.country) ??
    support.find((entry) => entry.country === fallbackDirectory);
  const options = (local?.options ?? []).map(({ lineId, ...option }) => {
    const line =
      lineId === undefined
        ? undefined
        : findHelpLine(content.helpDirectories, help.country, lineId);
    return line ? { ...option, line } : option;
  });
  return {
    ...guide,
    country: help.country,
    countryName: help.directory.countryName,
    available: help.available,
    support: { options, ...(local?.note ? { note: local.note } : {}) },
    checklist: content.observerChecklist,
  };
}

/** Guidance for an observer's answers; stateless, nothing is stored. */
export function scoreFamilyChecklist(content: Content, answers: unknown): ObserverGuidance {
  return scoreObserverChecklist({ checklist: content.observerChecklist, answers });
}
