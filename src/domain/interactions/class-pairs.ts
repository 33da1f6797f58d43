import { tripSitCombos } from './interaction-sources.js';
import type { InteractionFacts } from './substance-classes.js';

/** Facts about two non-ketamine classes taken together (order of the ids does not matter). */
export type ClassPair = { classIds: [string, string] } & InteractionFacts;

function pairsWith(classId: string, others: string[], facts: InteractionFacts): ClassPair[] {
  return others.map((other) => ({ classIds: [classId, other], ...facts }));
}

/**
 * Pairs between non-ketamine classes, restated from TripSit's combos data. Pairs of two
 * depressants or two stimulants that are not listed here fall to the class rules below;
 * any other missing pair is `unknown`, never safe.
 */
export const classPairs: ClassPair[] = [
  {
    classIds: ['alcohol', 'cocaine'],
    level: 'unsafe',
    what: 'Cocaine hides how drunk you are, so people drink more. The body also makes cocaethylene from the two, which may strain the heart more than cocaine alone.',
    todo: 'Avoid combining. Chest pain or a racing heart needs emergency help.',
    sources: [tripSitCombos],
  },
  {
    classIds: ['alcohol', 'maois'],
    level: 'unsafe',
    what: 'Tyramine in many alcoholic drinks can react with MAOIs and raise blood pressure sharply.',
    todo: 'Avoid alcohol while taking an MAOI unless your prescriber has said otherwise. A sudden severe headache needs urgent help.',
    sources: [tripSitCombos],
  },
  {
    classIds: ['alcohol', 'mdma'],
    level: 'caution',
    what: 'More strain on the heart, more dehydration and overheating, and it is harder to tell how drunk you are.',
    todo: 'Avoid combining where you can; take breaks to cool down and sip water.',
    sources: [tripSitCombos],
  },
  {
    classIds: ['alcohol', 'amphetamines'],
    level: 'caution',
    what: 'Stimulants hide how drunk you are, so people drink more than they mean to and get more dehydrated.',
    todo: 'Avoid combining where you can; set a limit before you start and stick to it.',
    sources: [tripSitCombos],
  },
  {
    classIds: ['alcohol', 'ssris'],
    level: 'caution',
    what: 'Alcohol can add to the drowsiness and impairment some antidepressants cause.',
    todo: 'Ask your prescriber or pharmacist about drinking with your medicine.',
    sources: [tripSitCombos],
  },
  {
    classIds: ['alcohol', 'nitrous'],
    level: 'caution',
    what: 'More unsteadiness and sedation; passing out is possible, with a risk of choking on vomit.',
    todo: 'Sit down when using nitrous, and do not use it alone.',
    sources: [tripSitCombos],
  },
  ...pairsWith('alcohol', ['dxm', 'mxe'], {
    level: 'dangerous',
    what: 'Both cause heavy sedation and clumsiness: blackouts, vomiting while passed out, and slowed breathing are likely.',
    todo: 'Do not combine. Someone who cannot be woken needs the recovery position and emergency services.',
    sources: [tripSitCombos],
  }),
  {
    classIds: ['alcohol', 'pcp'],
    level: 'unsafe',
    what: 'PCP reacts unpredictably with alcohol.',
    todo: 'Avoid combining, and do not use alone.',
    sources: [tripSitCombos],
  },
  {
    classIds: ['alcohol', 'psychedelics'],
    level: 'low-risk-decrease',
    what: 'Alcohol tends to dull the effects of psychedelics.',
    todo: 'Low risk is not no risk; be in a safe place with someone you trust.',
    sources: [tripSitCombos],
  },
  {
    classIds: ['alcohol', 'cannabis'],
    level: 'low-risk-synergy',
    what: 'Each makes the other feel stronger; too much of both often causes nausea and vomiting.',
    todo: 'Low risk is not no risk; go slowly and stay with others.',
    sources: [tripSitCombos],
  },
  {
    classIds: ['alcohol', 'caffeine'],
    level: 'low-risk-no-synergy',
    what: 'No interaction is expected, though caffeine does not make you less drunk.',
    todo: 'No special steps.',
    sources: [tripSitCombos],
  },
  ...pairsWith('amphetamines', ['maois'], {
    level: 'dangerous',
    what: 'MAOIs with amphetamines can raise blood pressure to dangerous levels (hypertensive crisis).',
    todo: 'Do not combine. A sudden severe headache, chest pain or confusion needs emergency help.',
    sources: [tripSitCombos],
  }),
  {
    classIds: ['amphetamines', 'tramadol'],
    level: 'dangerous',
    what: 'Both make seizures more likely.',
    todo: 'Do not combine. A seizure needs emergency help.',
    sources: [tripSitCombos],
  },
  ...pairsWith('amphetamines', ['opioids', 'ghb-gbl'], {
    level: 'caution',
    what: 'The stimulant can mask the depressant. If the stimulant wears off first, the depressant can take over and slow breathing dangerously.',
    todo: 'Avoid combining, and do not use alone.',
    sources: [tripSitCombos],
  }),
  {
    classIds: ['amphetamines', 'dxm'],
    level: 'unsafe',
    what: 'Both raise heart rate; panic on this combination has led to serious heart problems.',
    todo: 'Avoid combining. Chest pain needs emergency help.',
    sources: [tripSitCombos],
  },
  {
    classIds: ['amphetamines', 'cannabis'],
    level: 'caution',
    what: 'More anxiety and a higher chance of getting stuck in anxious thought loops.',
    todo: 'Be somewhere calm and safe with someone you trust.',
    sources: [tripSitCombos],
  },
  ...pairsWith('amphetamines', ['ssris', 'lithium'], {
    level: 'low-risk-no-synergy',
    what: 'No interaction is expected.',
    todo: 'Tell your prescriber about any stimulants you take.',
    sources: [tripSitCombos],
  }),
  ...pairsWith('benzodiazepines', ['amphetamines', 'cocaine', 'mdma', 'caffeine'], {
    level: 'low-risk-decrease',
    what: 'Each dulls the other. If one wears off first, the other can hit harder than expected.',
    todo: 'Low risk is not no risk; do not use alone.',
    sources: [tripSitCombos],
  }),
  ...pairsWith('benzodiazepines', ['cannabis', 'nitrous', 'psychedelics'], {
    level: 'low-risk-decrease',
    what: 'Benzodiazepines tend to dull the effects of the other drug.',
    todo: 'Low risk is not no risk; do not use alone.',
    sources: [tripSitCombos],
  }),
  ...pairsWith('benzodiazepines', ['dxm', 'mxe'], {
    level: 'caution',
    what: 'Each adds to the clumsiness and sedation of the other; passing out without warning is possible, with a risk of choking on vomit.',
    todo: 'Avoid combining where you can, and do not use alone.',
    sources: [tripSitCombos],
  }),
  {
    classIds: ['benzodiazepines', 'pcp'],
    level: 'unsafe',
    what: 'Each adds to the clumsiness and sedation of the other; passing out and memory blackouts are likely.',
    todo: 'Avoid combining, and do not use alone.',
    sources: [tripSitCombos],
  },
  {
    classIds: ['benzodiazepines', 'ssris'],
    level: 'low-risk-no-synergy',
    what: 'No interaction is expected.',
    todo: 'Take both only as prescribed.',
    sources: [tripSitCombos],
  },
  ...pairsWith(
    'caffeine',
    ['opioids', 'tramadol', 'ghb-gbl', 'ssris', 'maois', 'cannabis', 'nitrous'],
    {
      level: 'low-risk-no-synergy',
      what: 'No interaction is expected.',
      todo: 'No special steps.',
      sources: [tripSitCombos],
    },
  ),
  ...pairsWith('caffeine', ['dxm', 'pcp'], {
    level: 'caution',
    what: 'Caffeine can make anxiety and physical discomfort worse during a dissociative experience.',
    todo: 'Go easy on caffeine and stay somewhere calm.',
    sources: [tripSitCombos],
  }),
];

/** Two depressants together: breathing slows more than with either alone. */
export const depressantPairRule: InteractionFacts = {
  level: 'dangerous',
  what: 'Both are depressants: together they slow breathing and can cause passing out, choking on vomit and death, more than either alone.',
  todo: 'Do not combine. Someone who cannot be woken or is breathing slowly needs the recovery position and emergency services.',
  sources: [tripSitCombos],
};

/** Two stimulants together: at least caution (some such pairs are rated worse). */
export const stimulantPairRule: InteractionFacts = {
  level: 'caution',
  what: 'Both are stimulants: together they strain the heart more, raising heart rate, blood pressure and body temperature.',
  todo: 'Avoid combining if you can. Chest pain, overheating or confusion needs emergency help.',
  sources: [tripSitCombos],
};
