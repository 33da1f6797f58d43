import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInteractions } from './check-interactions.js';
import { interactionLevels, worstLevel } from './interaction-level.js';
import { resolveSubstance } from './resolve-substance.js';

function levelOf(names: string[], a: string, b: string) {
  const pair = checkInteractions(names).pairs.find(
    (p) => (p.a === a && p.b === b) || (p.a === b && p.b === a),
  );
  return pair?.level;
}

describe('resolveSubstance', () => {
  it.each([
    ['alprazolam', 'alprazolam', 'benzodiazepines'],
    ['Xanax', 'alprazolam', 'benzodiazepines'],
    ['  XANAX! ', 'alprazolam', 'benzodiazepines'],
    ['valium', 'diazepam', 'benzodiazepines'],
    ['K', 'ketamine', 'ketamine'],
    ['special K', 'ketamine', 'ketamine'],
    ['Special-K', 'ketamine', 'ketamine'],
    ['Spravato', 'esketamine', 'ketamine'],
    ['fentanyl', 'fentanyl', 'opioids'],
    ['G', 'GHB', 'ghb-gbl'],
    ['GHB/GBL', 'GHB/GBL', 'ghb-gbl'],
    ['beer', 'alcohol', 'alcohol'],
    ['Booze', 'alcohol', 'alcohol'],
    ['benzos', 'benzodiazepines', 'benzodiazepines'],
    ['2C-B', '2C-B', 'psychedelics'],
    ['laughing gas', 'nitrous oxide', 'nitrous'],
  ])('resolves "%s" to %s (%s)', (input, substance, substanceClass) => {
    expect(resolveSubstance(input)).toEqual({ substance, class: substanceClass });
  });

  it('returns nothing for names it does not know', () => {
    expect(resolveSubstance('zorblax')).toBeUndefined();
    expect(resolveSubstance('')).toBeUndefined();
    expect(resolveSubstance('!!!')).toBeUndefined();
  });
});

describe('worstLevel', () => {
  it('picks the most severe level, with unknown above every low-risk level', () => {
    expect(worstLevel(['low-risk-synergy', 'dangerous', 'caution'])).toBe('dangerous');
    expect(worstLevel(['low-risk-synergy', 'unknown'])).toBe('unknown');
    expect(worstLevel(['caution', 'unknown'])).toBe('caution');
    expect(worstLevel(['low-risk-decrease', 'low-risk-synergy'])).toBe('low-risk-synergy');
    expect(worstLevel([])).toBe('unknown');
  });

  it('orders the levels from most to least severe', () => {
    expect(interactionLevels[0]).toBe('dangerous');
    expect(interactionLevels).toHaveLength(7);
  });
});

describe('checkInteractions', () => {
  it('rates alcohol with ketamine as dangerous, with what to do and sources', () => {
    const result = checkInteractions(['ketamine', 'alcohol']);
    expect(result.overall).toBe('dangerous');
    expect(result.pairs).toEqual([
      {
        a: 'ketamine',
        b: 'alcohol',
        level: 'dangerous',
        what: expect.stringMatching(/choke/),
        todo: expect.stringMatching(/recovery position/),
        sources: expect.arrayContaining([expect.objectContaining({ url: expect.any(String) })]),
        articleSlug: 'combinations',
      },
    ]);
  });

  it('checks every pair of distinct substances', () => {
    const result = checkInteractions(['ketamine', 'cannabis', 'caffeine', 'lithium']);
    expect(result.pairs).toHaveLength(6);
    const pairNames = result.pairs.map((p) => `${p.a}+${p.b}`);
    expect(pairNames).toContain('cannabis+lithium');
  });

  it('reports the worst pair as the overall level', () => {
    const result = checkInteractions(['K', 'cannabis', 'cocaine', 'wine']);
    expect(result.pairs.map((p) => p.level)).toEqual([
      'low-risk-synergy',
      'caution',
      'dangerous',
      'caution',
      'low-risk-synergy',
      'unsafe',
    ]);
    expect(result.overall).toBe('dangerous');
    expect(result.substances).toEqual(['ketamine', 'cannabis', 'cocaine', 'alcohol']);
  });

  it('makes two depressants with ketamine dangerous and says that depressants stack', () => {
    // Each with ketamine alone is only "caution".
    const result = checkInteractions(['ketamine', 'Xanax', 'pregabalin']);
    expect(levelOf(['ketamine', 'xanax'], 'ketamine', 'alprazolam')).toBe('caution');
    expect(levelOf(['ketamine', 'pregabalin'], 'ketamine', 'pregabalin')).toBe('caution');
    expect(result.overall).toBe('dangerous');
    expect(result.stackedDepressants).toBe(true);
    expect(result.notes.join(' ')).toMatch(/depressants stack/);
    expect(result.notes.join(' ')).toMatch(/alprazolam, pregabalin/);
  });

  it('does not call a single depressant with ketamine "stacked"', () => {
    const result = checkInteractions(['ketamine', 'alcohol']);
    expect(result.stackedDepressants).toBe(false);
  });

  it('rates two depressants together as dangerous even without a listed pair', () => {
    expect(checkInteractions(['beer', 'gabapentin']).overall).toBe('dangerous');
    expect(checkInteractions(['alprazolam', 'diazepam']).overall).toBe('dangerous');
  });

  it('rates two stimulants together as at least caution', () => {
    expect(checkInteractions(['cocaine', 'MDMA']).overall).toBe('caution');
    expect(checkInteractions(['3-MMC', 'speed']).overall).toBe('caution');
  });

  it('treats esketamine as more ketamine: its own pair with ketamine, and ketamine’s pairs', () => {
    expect(levelOf(['ketamine', 'Spravato'], 'ketamine', 'esketamine')).toBe('caution');
    expect(levelOf(['Spravato', 'vodka'], 'esketamine', 'alcohol')).toBe('dangerous');
  });

  it('uses listed pairs between other classes (alcohol with cocaine is unsafe)', () => {
    expect(checkInteractions(['coke', 'wine']).overall).toBe('unsafe');
  });

  it('reports an unknown name as unknown and never as safe', () => {
    const result = checkInteractions(['ketamine', 'caffeine', 'Zorblax ']);
    expect(result.unknown).toEqual(['Zorblax']);
    expect(levelOf(['ketamine', 'caffeine', 'Zorblax'], 'ketamine', 'Zorblax')).toBe('unknown');
    // ketamine + caffeine alone is low risk; the unknown pair must not be hidden by it.
    expect(result.overall).toBe('unknown');
    expect(result.notes.join(' ')).toMatch(/not known to be safe/);
  });

  it('treats a pair of known classes with no data as unknown, not safe', () => {
    expect(checkInteractions(['lithium', 'lamotrigine']).overall).toBe('unknown');
    expect(checkInteractions(['trazodone', 'coffee']).overall).toBe('unknown');
  });

  it('collapses duplicate names and aliases of the same substance', () => {
    const result = checkInteractions(['K', 'ketamine', 'Special K', 'alcohol', 'beer', 'ALCOHOL']);
    expect(result.pairs).toHaveLength(1);
    expect(result.resolved.map((r) => r.input)).toEqual(['K', 'alcohol']);
    expect(checkInteractions(['zorblax', 'Zorblax']).unknown).toEqual(['zorblax']);
  });

  it('reads a class name next to a member of that class as the same drug', () => {
    const result = checkInteractions(['benzos', 'Xanax', 'ketamine']);
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]).toMatchObject({ a: 'alprazolam', b: 'ketamine', level: 'caution' });
  });

  it('asks for a second substance when given only one, and ignores blank names', () => {
    const result = checkInteractions(['ketamine', '  ', '']);
    expect(result.pairs).toEqual([]);
    expect(result.overall).toBe('unknown');
    expect(result.notes[0]).toMatch(/at least two/);
  });

  it('never throws and always reports the worst pair level overall (property)', () => {
    const knownNames = ['k', 'alcohol', 'xanax', 'heroin', 'cocaine', 'mdma', 'lithium', 'g'];
    const name = fc.oneof(fc.string(), fc.constantFrom(...knownNames));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 8 }), (names) => {
        const result = checkInteractions(names);
        if (result.pairs.length > 0) {
          expect(result.overall).toBe(worstLevel(result.pairs.map((p) => p.level)));
        } else {
          expect(result.overall).toBe('unknown');
        }
        for (const pair of result.pairs) {
          if (result.unknown.includes(pair.a) || result.unknown.includes(pair.b)) {
            expect(pair.level).toBe('unknown');
          }
        }
      }),
    );
  });
});
