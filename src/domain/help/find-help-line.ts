import type { HelpDirectory, HelpLine } from './help-directory-schema.js';

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
