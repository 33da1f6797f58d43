import type { FamilyGuideAnswer } from '../../domain/family/family-api.js';
import {
  scoreObserverChecklist,
  type ObserverGuidance,
} from '../../domain/family/score-observer-checklist.js';
import type { HelpDirectory, HelpLine } from '../../domain/help/help-directory-schema.js';
import { fallbackDirectory } from '../../domain/help/resolve-country.js';
import type { Content } from '../content/load-content.js';
import { findHelp } from '../../domain/help/find-help.js';

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
  const { id, title, intro, items, sources } = content.observerChecklist;
  return {
    ...guide,
    country: help.country,
    countryName: help.directory.countryName,
    available: help.available,
    support: { options, ...(local?.note ? { note: local.note } : {}) },
    checklist: { id, title, intro, items, sources },
  };
}

/** Guidance for an observer's answers; stateless, nothing is stored. */
export function scoreFamilyChecklist(content: Content, answers: unknown): ObserverGuidance {
  return scoreObserverChecklist({ checklist: content.observerChecklist, answers });
}
