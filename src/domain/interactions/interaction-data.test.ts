import { describe, expect, it } from 'vitest';
import { classPairs } from './class-pairs.js';
import { interactionLevels } from './interaction-level.js';
import { normalizeSubstanceName } from './resolve-substance.js';
import { ketamineClass, substanceClasses } from './substance-classes.js';

const classById = new Map(substanceClasses.map((c) => [c.id, c]));

describe('interaction data', () => {
  it('rates each class with ketamine as interactions.md does', () => {
    const levels = Object.fromEntries(substanceClasses.map((c) => [c.id, c.withKetamine.level]));
    expect(levels).toEqual({
      alcohol: 'dangerous',
      'ghb-gbl': 'dangerous',
      opioids: 'dangerous',
      tramadol: 'dangerous',
      'sedating-antihistamines': 'dangerous',
      benzodiazepines: 'caution',
      gabapentinoids: 'caution',
      amphetamines: 'caution',
      cocaine: 'caution',
      maois: 'caution',
      theophyllines: 'caution',
      mdma: 'low-risk-synergy',
      dxm: 'low-risk-synergy',
      pcp: 'low-risk-synergy',
      mxe: 'low-risk-synergy',
      nitrous: 'low-risk-synergy',
      psychedelics: 'low-risk-synergy',
      cannabis: 'low-risk-synergy',
      ssris: 'low-risk-no-synergy',
      lithium: 'low-risk-no-synergy',
      caffeine: 'low-risk-no-synergy',
      lamotrigine: 'low-risk-decrease',
      mephedrone: 'unknown',
      trazodone: 'unknown',
      grapefruit: 'unknown',
    });
  });

  it('marks exactly the CNS depressants the reference lists', () => {
    const depressants = substanceClasses.filter((c) => c.depressant).map((c) => c.id);
    expect(depressants.sort()).toEqual(
      [
        'alcohol',
        'benzodiazepines',
        'gabapentinoids',
        'ghb-gbl',
        'opioids',
        'sedating-antihistamines',
        'tramadol',
      ].sort(),
    );
  });

  it('cites a source for every level it claims, and explains what to do', () => {
    const facts = [...substanceClasses.map((c) => c.withKetamine), ...classPairs];
    for (const fact of facts) {
      expect(interactionLevels).toContain(fact.level);
      expect(fact.what).not.toBe('');
      expect(fact.todo).not.toBe('');
      if (fact.level !== 'unknown') expect(fact.sources.length).toBeGreaterThan(0);
    }
  });

  it('lists each non-ketamine pair once, between classes that exist', () => {
    const keys = classPairs.map((pair) => [...pair.classIds].sort().join('+'));
    expect(new Set(keys).size).toBe(keys.length);
    for (const pair of classPairs) {
      for (const id of pair.classIds) {
        expect(classById.has(id), id).toBe(true);
      }
      expect(pair.classIds[0]).not.toBe(pair.classIds[1]);
    }
  });

  it('never lists two depressants as anything but dangerous', () => {
    for (const pair of classPairs) {
      const [a, b] = pair.classIds.map((id) => classById.get(id));
      if (a?.depressant && b?.depressant) expect(pair.level).toBe('dangerous');
    }
  });

  it('gives every name and alias one meaning only', () => {
    const owner = new Map<string, string>();
    for (const substanceClass of [ketamineClass, ...substanceClasses]) {
      for (const member of substanceClass.members) {
        for (const name of [member.name, ...(member.aliases ?? [])]) {
          const key = normalizeSubstanceName(name);
          expect(key).not.toBe('');
          const previous = owner.get(key);
          expect(previous === undefined || previous === member.name, `${name}`).toBe(true);
          owner.set(key, member.name);
        }
      }
    }
  });
});
