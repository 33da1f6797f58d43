import { ketamineClass, substanceClasses, type SubstanceClass } from './substance-classes.js';

export type ResolvedSubstance = { substance: string; class: string };

/** Case-, accent-, space- and punctuation-insensitive key: "Special-K" → "specialk". */
export function normalizeSubstanceName(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const allClasses: SubstanceClass[] = [ketamineClass, ...substanceClasses];

function buildIndex(): Map<string, ResolvedSubstance> {
  const index = new Map<string, ResolvedSubstance>();
  for (const substanceClass of allClasses) {
    const classEntry = { substance: substanceClass.name, class: substanceClass.id };
    for (const name of [
      substanceClass.id,
      substanceClass.name,
      ...(substanceClass.classAliases ?? []),
    ]) {
      index.set(normalizeSubstanceName(name), classEntry);
    }
  }
  // Member names win over class names (ketamine, alcohol and cannabis are both).
  for (const substanceClass of allClasses) {
    for (const member of substanceClass.members) {
      const entry = { substance: member.name, class: substanceClass.id };
      for (const name of [member.name, ...(member.aliases ?? [])]) {
        index.set(normalizeSubstanceName(name), entry);
      }
    }
  }
  return index;
}

const substanceIndex = buildIndex();

/** The substance and class a name or alias stands for ("Xanax" → alprazolam, benzodiazepines). */
export function resolveSubstance(name: string): ResolvedSubstance | undefined {
  return substanceIndex.get(normalizeSubstanceName(name));
}

export function findSubstanceClass(classId: string): SubstanceClass | undefined {
  return allClasses.find((substanceClass) => substanceClass.id === classId);
}
