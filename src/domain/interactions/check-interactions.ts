import { interactionData } from './interaction-data.js';
import {
  pairKey,
  type InteractionSource,
  type KnownInteractionLevel,
} from './interaction-data-schema.js';
import { worstLevel, type InteractionLevel } from './interaction-level.js';
import { normalizeSubstanceName } from './normalize-substance-name.js';
import { findSubstanceClass, resolveSubstance } from './resolve-substance.js';

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
  /** The substances checked, in the order given, once each: the rows of a grid. */
  substances: string[];
  pairs: InteractionPair[];
  /** Names we could not resolve, as given (trimmed). */
  unknown: string[];
  resolved: { input: string; substance: string; class: string }[];
  /** Two or more different depressants are in the list. */
  stackedDepressants: boolean;
  notes: string[];
};

type Facts = { level: InteractionLevel; what: string; todo: string; sourceIds: string[] };
type Entry = { name: string; classId: string | undefined; isClassName: boolean };

const articleSlug = 'combinations';
const ketamineClassId = 'ketamine';

const unknownSubstanceFacts: Facts = {
  level: 'unknown',
  what: 'We do not know this substance, so we cannot say how the two interact. Unknown does not mean safe.',
  todo: 'Check the spelling, or ask a pharmacist or drug service. Until then treat the combination as risky and do not use alone.',
  sourceIds: [],
};

const missingPairFacts: Facts = {
  level: 'unknown',
  what: 'Our sources have no reliable data on this combination. Unknown does not mean safe.',
  todo: 'Treat it as risky: do not use alone, and have someone sober with you.',
  sourceIds: [],
};

type DataFacts = {
  level: KnownInteractionLevel;
  what: string;
  todo: string;
  sources: string[];
};

const toFacts = (entry: DataFacts): Facts => ({
  level: entry.level,
  what: entry.what,
  todo: entry.todo,
  sourceIds: entry.sources,
});

const factsByPair = new Map<string, Facts>(
  interactionData.combinations.pairs.flatMap((entry) =>
    entry.b.map((b) => [pairKey(entry.a, b), toFacts(entry)] as const),
  ),
);
const ruleByTag = new Map(
  interactionData.combinations.rules.map((rule) => [rule.tag, toFacts(rule)]),
);
const sourcesById = interactionData.sources.sources;

/**
 * Checks every pair of distinct substances in `names` and reports the worst level
 * overall. Unknown names make their pairs `unknown`, never safe; two or more depressants
 * with ketamine make the whole combination dangerous.
 */
export function checkInteractions(names: string[]): InteractionCheck {
  const collected: Entry[] = [];
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
      const { sourceIds, ...facts } = factsFor(first, second);
      const sources = sourceIds.flatMap((id) => sourcesById[id] ?? []);
      pairs.push({ a: first.name, b: second.name, ...facts, sources, articleSlug });
    }
  });

  const depressants = entries.filter((entry) => hasTag(entry.classId, 'depressant'));
  const hasKetamine = entries.some((entry) => entry.classId === ketamineClassId);
  const stackedDepressants = depressants.length >= 2;
  const notes = buildNotes({ entries, unknown, depressants, hasKetamine, stackedDepressants });

  const pairWorst = worstLevel(pairs.map((pair) => pair.level));
  // Depressants stack: ketamine plus two of them is dangerous whatever the single pairs say.
  const overall = stackedDepressants && hasKetamine ? 'dangerous' : pairWorst;

  return {
    overall,
    substances: entries.map((entry) => entry.name),
    pairs,
    unknown,
    resolved,
    stackedDepressants,
    notes,
  };
}

function hasTag(classId: string | undefined, tag: 'depressant' | 'stimulant'): boolean {
  if (classId === undefined) return false;
  return findSubstanceClass(classId)?.tags?.includes(tag) ?? false;
}

/** A member's own entry wins over its class's entry, which wins over a shared-tag rule. */
function factsFor(first: Entry, second: Entry): Facts {
  const firstSides = sidesOf(first);
  const secondSides = sidesOf(second);
  if (firstSides.length === 0 || secondSides.length === 0) return unknownSubstanceFacts;
  for (const a of firstSides) {
    for (const b of secondSides) {
      const listed = factsByPair.get(pairKey(a, b));
      if (listed) return listed;
    }
  }
  for (const [tag, rule] of ruleByTag) {
    if (hasTag(first.classId, tag) && hasTag(second.classId, tag)) return rule;
  }
  return missingPairFacts;
}

/** The names a pair entry may use for this substance, most specific first. */
function sidesOf(entry: Entry): string[] {
  if (entry.classId === undefined) return [];
  return entry.isClassName ? [entry.classId] : [entry.name, entry.classId];
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
