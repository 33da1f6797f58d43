import { z } from 'zod';
import { interactionLevels } from './interaction-level.js';
import { normalizeSubstanceName } from './normalize-substance-name.js';

/**
 * The combination data under content/interactions: substance classes with their names,
 * the sources, and the facts for each pair. A pair side names a class id or one member
 * (a member entry wins over its class). "unknown" is not a level you can write down: a
 * pair without an entry is unknown, never safe.
 */
const ZKnownLevelSchema = z.enum(interactionLevels).exclude(['unknown']);
const ZNameSchema = z.string().trim().min(1);

export const ZSubstanceTagSchema = z.enum(['depressant', 'stimulant']);

const ZMemberSchema = z.strictObject({
  name: ZNameSchema,
  aliases: z.array(ZNameSchema).optional(),
});

export const ZSubstancesFileSchema = z.strictObject({
  classes: z
    .array(
      z.strictObject({
        id: z
          .string()
          .regex(/^[a-z0-9-]+$/, { message: 'must be lower-case letters, digits and -' }),
        name: ZNameSchema,
        /** depressant: two of them stack; stimulant: two of them strain the heart. */
        tags: z.array(ZSubstanceTagSchema).optional(),
        /** Names for the whole class ("benzos"); they resolve to the class itself. */
        classAliases: z.array(ZNameSchema).optional(),
        members: z.array(ZMemberSchema).min(1),
      }),
    )
    .min(1),
});

export const ZSourceSchema = z.strictObject({
  title: ZNameSchema,
  url: z.url({ protocol: /^https$/ }),
});

export const ZSourcesFileSchema = z.strictObject({ sources: z.record(z.string(), ZSourceSchema) });

const factsShape = {
  level: ZKnownLevelSchema,
  /** What happens, in our own words. */
  what: ZNameSchema,
  /** What to do, kindly; never dosing advice. */
  todo: ZNameSchema,
  /** Source ids from sources.json: every entry names at least one. */
  sources: z.array(z.string()).min(1),
};

export const ZCombinationsFileSchema = z.strictObject({
  /** Facts for two classes sharing a tag when no pair entry names them. */
  rules: z.array(z.strictObject({ tag: ZSubstanceTagSchema, ...factsShape })),
  /** One entry rates side `a` with every side in `b`. */
  pairs: z.array(z.strictObject({ a: ZNameSchema, b: z.array(ZNameSchema).min(1), ...factsShape })),
});

export type SubstancesFile = z.infer<typeof ZSubstancesFileSchema>;
export type SourcesFile = z.infer<typeof ZSourcesFileSchema>;
export type CombinationsFile = z.infer<typeof ZCombinationsFileSchema>;
export type SubstanceClass = SubstancesFile['classes'][number];
export type InteractionSource = z.infer<typeof ZSourceSchema>;
export type KnownInteractionLevel = z.infer<typeof ZKnownLevelSchema>;

/** Problems that no single file's schema can see: names that clash, sides and sources that do not exist, pairs listed twice. */
export function crossCheckInteractionData(input: {
  substances: SubstancesFile;
  sources: SourcesFile;
  combinations: CombinationsFile;
}): string[] {
  const problems: string[] = [];
  const sides = new Set<string>();
  const nameOwner = new Map<string, string>();
  const classIds = new Set<string>();
  for (const substanceClass of input.substances.classes) {
    if (classIds.has(substanceClass.id))
      problems.push(`class "${substanceClass.id}" is listed twice`);
    classIds.add(substanceClass.id);
    sides.add(substanceClass.id);
    for (const member of substanceClass.members) {
      sides.add(member.name);
      for (const name of [member.name, ...(member.aliases ?? [])]) {
        const key = normalizeSubstanceName(name);
        const owner = nameOwner.get(key);
        if (key === '') problems.push(`"${name}" has no letters or digits`);
        else if (owner !== undefined && owner !== member.name)
          problems.push(`"${name}" means both ${owner} and ${member.name}`);
        nameOwner.set(key, member.name);
      }
    }
  }
  const seenPairs = new Set<string>();
  const entries = [...input.combinations.pairs, ...input.combinations.rules];
  for (const entry of entries) {
    for (const id of entry.sources) {
      if (!(id in input.sources.sources)) problems.push(`source "${id}" is not in sources.json`);
    }
  }
  for (const pair of input.combinations.pairs) {
    for (const side of [pair.a, ...pair.b]) {
      if (!sides.has(side)) problems.push(`"${side}" is neither a class id nor a member name`);
    }
    for (const b of pair.b) {
      const key = pairKey(pair.a, b);
      if (seenPairs.has(key)) problems.push(`${pair.a} + ${b} is listed twice`);
      seenPairs.add(key);
    }
  }
  return problems;
}

/** Order-free key for two sides. */
export function pairKey(a: string, b: string): string {
  return [a, b].sort().join('+');
}
