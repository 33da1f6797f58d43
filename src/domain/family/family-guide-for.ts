import type { HelpDirectory } from '../help/help-directory-schema.js';
import { findHelp } from '../help/find-help.js';
import { findHelpLine } from '../help/find-help-line.js';
import { fallbackDirectory } from '../help/resolve-country.js';
import type { FamilyGuideAnswer } from './family-api.js';
import type { FamilyGuide } from './family-guide-schema.js';
import type { ObserverChecklist } from './observer-checklist-schema.js';

/** The content the family guide is built from (loaded and validated by the server). */
export type FamilyContent = {
  helpDirectories: ReadonlyMap<string, HelpDirectory>;
  familyGuide: FamilyGuide;
  observerChecklist: ObserverChecklist;
};

/** The family guide with support for the person's country (resolved as /api/help does). */
export function familyGuideFor(
  content: FamilyContent,
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
