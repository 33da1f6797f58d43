import { classPairs, depressantPairRule, stimulantPairRule } from './class-pairs.js';
import { worstLevel, type InteractionLevel } from './interaction-level.js';
import type { InteractionSource } from './interaction-sources.js';
import {
  findSubstanceClass,
  normalizeSubstanceName,
  resolveSubstance,
} from './resolve-substance.js';
import {
  ketamineClass,
  substanceClasses,
  type InteractionFacts,
  type NonKetamineClass,
} from './substance-classes.js';

export type InteractionPair = {
  a: string;
  b: string;
  level: InteractionLevel;
  what: string;
  todo: string;
  sources: InteractionSource[];
  articleSlug: 'combinations';
};

export type InteractionCheck = {
  overall: InteractionLevel;
  pairs: InteractionPair[];
  /** Names we could not resolve, as given (trimmed). */
  unknown: string[];
  resolved: { input: string; substance: string; class: string }[];
  /** Two or more different depressants are in the list. */
  stackedDepressants: boolean;
  notes: string[];
};

type Entry = { name: string; classId: string | undefined };

const articleSlug = 'combinations';

const unknownSubstanceFacts: InteractionFacts = {
  level: 'unknown',
  what: 'We do not know this substance, so we cannot say how the two interact. Unknown does not mean safe.',
  todo: 'Check the spelling, or ask a pharmacist or drug service. Until then treat the combination as risky and do not use alone.',
  sources: [],
};

const missingPairFacts: InteractionFacts = {
  level: 'unknown',
  what: 'Our sources have no reliable data on this combination. Unknown does not mean safe.',
  todo: 'Treat it as risky: do not use alone, and have someone sober with you.',
  sources: [],
};

const withKetamineByClass = new Map<string, NonKetamineClass>(
  substanceClasses.map((substanceClass) => [substanceClass.id, substanceClass]),
);

const classPairByKey = new Map(classPairs.map((pair) => [pairKey(...pair.classIds), pair]));

function pairKey(a: string, b: string): string {
  return [a, b].sort().join('+');
}

/**
 * Checks every pair of distinct substances in `names` and reports the worst level
 * overall. Unknown names make their pairs `unknown`, never safe; two or more depressants
 * with ketamine make the whole combination dangerous.
 */
export function checkInteractions(names: string[]): InteractionCheck {
  const collected: (Entry & { isClassName: boolean })[] = [];
  const unknown: string[] = [];
  const resolved: InteractionCheck['resolved'] = [];
  const seen = new Set<string>();

  for (const input of names) {
    const key = normalizeSubstanceName(input);
    if (key === '') continue;
    const match = resolveSubstance(input);
    const dedupeKey = match ? `known:${normalizeSubstanceName(match.substance)}` : `unknown:${key}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    if (match) {
      resolved.push({ input, substance: match.substance, class: match.class });
      const members = findSubstanceClass(match.class)?.members ?? [];
      const isClassName = !members.some((member) => member.name === match.substance);
      collected.push({ name: match.substance, classId: match.class, isClassName });
    } else {
      const trimmed = input.trim();
      unknown.push(trimmed);
      collected.push({ name: trimmed, classId: undefined, isClassName: false });
    }
  }

  // "benzos" next to "Xanax" means the same drug, not a second one: keep the specific name.
  const entries = collected.filter(
    (entry) =>
      !entry.isClassName ||
      !collected.some((other) => other !== entry && other.classId === entry.classId),
  );

  const pairs: InteractionPair[] = [];
  entries.forEach((first, index) => {
    for (const second of entries.slice(index + 1)) {
      const facts = factsFor(first.classId, second.classId);
      pairs.push({ a: first.name, b: second.name, ...facts, articleSlug });
    }
  });

  const depressants = entries.filter(
    (entry) => entry.classId !== undefined && findSubstanceClass(entry.classId)?.depressant,
  );
  const hasKetamine = entries.some((entry) => entry.classId === ketamineClass.id);
  const stackedDepressants = depressants.length >= 2;
  const notes = buildNotes({ entries, unknown, depressants, hasKetamine, stackedDepressants });

  const pairWorst = worstLevel(pairs.map((pair) => pair.level));
  // Depressants stack: ketamine plus two of them is dangerous whatever the single pairs say.
  const overall = stackedDepressants && hasKetamine ? 'dangerous' : pairWorst;

  return { overall, pairs, unknown, resolved, stackedDepressants, notes };
}

function factsFor(a: string | undefined, b: string | undefined): InteractionFacts {
  if (a === undefined || b === undefined) return unknownSubstanceFacts;
  const ketamineId = ketamineClass.id;
  if (a === ketamineId && b !== ketamineId)
    return withKetamineByClass.get(b)?.withKetamine ?? missingPairFacts;
  if (b === ketamineId && a !== ketamineId)
    return withKetamineByClass.get(a)?.withKetamine ?? missingPairFacts;
  const listed = classPairByKey.get(pairKey(a, b));
  if (listed) return listed;
  const classA = findSubstanceClass(a);
  const classB = findSubstanceClass(b);
  if (classA?.depressant && classB?.depressant) return depressantPairRule;
  if (classA?.stimulant && classB?.stimulant) return stimulantPairRule;
  return missingPairFacts;
}

function buildNotes(input: {
  entries: Entry[];
  unknown: string[];
  depressants: Entry[];
  hasKetamine: boolean;
  stackedDepressants: boolean;
}): string[] {
  const notes: string[] = [];
  if (input.entries.length < 2) {
    notes.push('Add at least two substances to check a combination.');
  }
  if (input.stackedDepressants) {
    const names = input.depressants.map((entry) => entry.name).join(', ');
    notes.push(
      input.hasKetamine
        ? `Ketamine with more than one depressant (${names}): depressants stack, so together they are more dangerous than any single pair shows. Breathing can slow or stop.`
        : `More than one depressant (${names}): depressants stack, so together they slow breathing more than either alone.`,
    );
  }
  for (const name of input.unknown) {
    notes.push(`"${name}" is not in our data: unknown — not known to be safe.`);
  }
  return notes;
}
