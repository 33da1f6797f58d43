import { interactionData } from './interaction-data.js';
import type { SubstanceClass } from './interaction-data-schema.js';
import { normalizeSubstanceName } from './normalize-substance-name.js';

export type ResolvedSubstance = { substance: string; class: string };

export const substanceClasses: readonly SubstanceClass[] = interactionData.substances.classes;

function buildIndex(): Map<string, ResolvedSubstance> {
  const index = new Map<string, ResolvedSubstance>();
  for (const substanceClass of substanceClasses) {
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
  for (const substanceClass of substanceClasses) {
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
const classById = new Map(
  substanceClasses.map((substanceClass) => [substanceClass.id, substanceClass]),
);

/** The substance and class a name or alias stands for ("Xanax" → alprazolam, benzodiazepines). */
export function resolveSubstance(name: string): ResolvedSubstance | undefined {
  return substanceIndex.get(normalizeSubstanceName(name));
}

export function findSubstanceClass(classId: string): SubstanceClass | undefined {
  return classById.get(classId);
}
