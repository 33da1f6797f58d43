import { describe, expect, it } from 'vitest';
import combinationsJson from '../../../content/interactions/combinations.json' with { type: 'json' };
import sourcesJson from '../../../content/interactions/sources.json' with { type: 'json' };
import substancesJson from '../../../content/interactions/substances.json' with { type: 'json' };
import { checkInteractions } from './check-interactions.js';
import { interactionData, parseInteractionData } from './interaction-data.js';
import { resolveSubstance, substanceClasses } from './resolve-substance.js';

/** The substances people commonly mix with ketamine and with each other: every pair must be rated. */
const commonlyMixed = [
  'ketamine',
  'esketamine',
  'alcohol',
  'GHB',
  'heroin',
  'tramadol',
  'alprazolam',
  'zolpidem',
  'MDMA',
  'cocaine',
  'amphetamine',
  'mephedrone',
  '2C-B',
  'nitrous oxide',
  'cannabis',
  'dextromethorphan',
  'phenelzine',
  'sertraline',
  'venlafaxine',
  'amitriptyline',
  'lithium',
  'quetiapine',
  'caffeine',
  'grapefruit',
];

function pairOf(a: string, b: string) {
  const [pair] = checkInteractions([a, b]).pairs;
  if (!pair) throw new Error(`no pair for ${a} + ${b}`);
  return pair;
}

/** How many pairs `names` make, and those without a rating or a source. */
function unratedPairsAmong(names: string[]): { count: number; unrated: string[] } {
  const unrated: string[] = [];
  let count = 0;
  names.forEach((a, index) => {
    for (const b of names.slice(index + 1)) {
      count += 1;
      const pair = pairOf(a, b);
      if (pair.level === 'unknown' || pair.sources.length === 0) unrated.push(`${a} + ${b}`);
    }
  });
  return { count, unrated };
}

const classesOfCommonlyMixed = new Set(
  commonlyMixed.map((name) => resolveSubstance(name)?.class ?? `missing:${name}`),
);

describe('interaction data files', () => {
  it('names a class for each commonly mixed substance', () => {
    expect([...classesOfCommonlyMixed].filter((id) => id.startsWith('missing:'))).toEqual([]);
    // esketamine is a member of the ketamine class, so 24 substances make 23 classes.
    expect(commonlyMixed).toHaveLength(24);
    expect(classesOfCommonlyMixed.size).toBe(23);
  });

  it('rates every pair among the commonly mixed substances, with a source, never as unknown', () => {
    const { count, unrated } = unratedPairsAmong(commonlyMixed);
    expect(count).toBe(276);
    expect(unrated).toEqual([]);
  });

  it('rates every member of those classes with every other, including members of one class', () => {
    const members = substanceClasses
      .filter((substanceClass) => classesOfCommonlyMixed.has(substanceClass.id))
      .flatMap((substanceClass) => substanceClass.members.map((member) => member.name));
    expect(members.length).toBeGreaterThan(90);
    expect(unratedPairsAmong(members).unrated).toEqual([]);
  });

  it('rates the pairs harm-reduction data calls dangerous as dangerous', () => {
    const pairs: [string, string][] = [
      ['MDMA', 'phenelzine'],
      ['DXM', 'moclobemide'],
      ['tramadol', 'sertraline'],
      ['tramadol', 'venlafaxine'],
      ['lithium', 'LSD'],
      ['MDMA', 'mephedrone'],
    ];
    expect(new Set(pairs.map(([a, b]) => pairOf(a, b).level))).toEqual(new Set(['dangerous']));
  });

  it('rates each class with ketamine as the reference table does', () => {
    const expected = {
      alcohol: 'dangerous',
      G: 'dangerous',
      fentanyl: 'dangerous',
      tramadol: 'dangerous',
      diphenhydramine: 'dangerous',
      Xanax: 'caution',
      pregabalin: 'caution',
      speed: 'caution',
      coke: 'caution',
      selegiline: 'caution',
      theophylline: 'caution',
      MDMA: 'low-risk-synergy',
      DXM: 'low-risk-synergy',
      'laughing gas': 'low-risk-synergy',
      acid: 'low-risk-synergy',
      weed: 'low-risk-synergy',
      Prozac: 'low-risk-no-synergy',
      lithium: 'low-risk-no-synergy',
      coffee: 'low-risk-no-synergy',
      lamotrigine: 'low-risk-decrease',
      trazodone: 'unknown',
    };
    const actual = Object.fromEntries(
      Object.keys(expected).map((name) => [name, pairOf('ketamine', name).level]),
    );
    expect(actual).toEqual(expected);
  });

  it('lets a member that differs from its class have its own entry', () => {
    const levelOf = (a: string, b: string) => pairOf(a, b).level;
    // fluvoxamine, unlike other SSRIs, slows caffeine's breakdown.
    expect([levelOf('fluvoxamine', 'coffee'), levelOf('sertraline', 'coffee')]).toEqual([
      'caution',
      'low-risk-no-synergy',
    ]);
    // MAOIs: 5-MeO tryptamines are worse than the class, LSD is weakened.
    expect(['5-MeO-DMT', 'LSD', '2C-B'].map((name) => levelOf(name, 'phenelzine'))).toEqual([
      'dangerous',
      'low-risk-decrease',
      'caution',
    ]);
  });

  it('never rates two depressants below dangerous', () => {
    const depressants = substanceClasses.filter((c) => c.tags?.includes('depressant'));
    for (const first of depressants) {
      for (const second of depressants) {
        const a = first.members[0]?.name ?? '';
        const b = (first === second ? first.members[1] : second.members[0])?.name;
        if (b === undefined) continue;
        expect(pairOf(a, b).level, `${a} + ${b}`).toBe('dangerous');
      }
    }
  });

  it('resolves every source an entry names to a public https page', () => {
    const ids = [
      ...interactionData.combinations.pairs.flatMap((pair) => pair.sources),
      ...interactionData.combinations.rules.flatMap((rule) => rule.sources),
    ];
    for (const id of new Set(ids)) {
      expect(interactionData.sources.sources[id]?.url, id).toMatch(/^https:\/\//);
    }
  });
});

describe('parseInteractionData', () => {
  const valid = {
    substances: substancesJson,
    sources: sourcesJson,
    combinations: combinationsJson,
  };
  const firstPair = combinationsJson.pairs[0];
  const withPair = (pair: unknown) => ({
    ...valid,
    combinations: { ...combinationsJson, pairs: [...combinationsJson.pairs, pair] },
  });

  it('accepts the files as they are', () => {
    expect(() => parseInteractionData(valid)).not.toThrow();
  });

  it('refuses an entry without a source, naming the file', () => {
    expect(() =>
      parseInteractionData(
        withPair({ ...firstPair, a: 'lamotrigine', b: ['trazodone'], sources: [] }),
      ),
    ).toThrow(/content\/interactions\/combinations\.json is not valid: pairs\.\d+\.sources/);
  });

  it('refuses "safe" and "unknown" as levels: a missing entry is unknown', () => {
    for (const level of ['safe', 'unknown']) {
      expect(() =>
        parseInteractionData(withPair({ ...firstPair, a: 'lamotrigine', b: ['trazodone'], level })),
      ).toThrow(/pairs\.\d+\.level/);
    }
  });

  it('refuses sides and sources that do not exist, and a pair listed twice', () => {
    expect(() => parseInteractionData(withPair({ ...firstPair, a: 'zorblax' }))).toThrow(
      /"zorblax" is neither/,
    );
    expect(() =>
      parseInteractionData(
        withPair({ ...firstPair, a: 'lamotrigine', b: ['trazodone'], sources: ['nowhere'] }),
      ),
    ).toThrow(/source "nowhere"/);
    expect(() => parseInteractionData(withPair(firstPair))).toThrow(/listed twice/);
  });

  it('refuses a name that means two different substances', () => {
    const [first, ...rest] = substancesJson.classes;
    const clash = {
      ...first,
      members: [...(first?.members ?? []), { name: 'cocaine clash', aliases: ['coke'] }],
    };
    expect(() =>
      parseInteractionData({ ...valid, substances: { classes: [clash, ...rest] } }),
    ).toThrow(/"coke" means both/);
  });
});
