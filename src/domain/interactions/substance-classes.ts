import type { InteractionLevel } from './interaction-level.js';
import {
  anand2000,
  ketalarLabel,
  psychonautWikiKetamine,
  tripSitCombos,
  type InteractionSource,
} from './interaction-sources.js';

/** What is known about one combination, in our own words, with where it comes from. */
export type InteractionFacts = {
  level: InteractionLevel;
  what: string;
  todo: string;
  sources: InteractionSource[];
};

export type SubstanceMember = { name: string; aliases?: string[] };

export type SubstanceClass = {
  id: string;
  name: string;
  members: SubstanceMember[];
  /** Names for the whole class ("benzos"); they resolve to the class itself. */
  classAliases?: string[];
  /** Central nervous system depressant: two or more of these together stack. */
  depressant?: boolean;
  stimulant?: boolean;
};

export type NonKetamineClass = SubstanceClass & { withKetamine: InteractionFacts };

export const ketamineClass: SubstanceClass = {
  id: 'ketamine',
  name: 'ketamine',
  members: [
    { name: 'ketamine', aliases: ['k', 'special k', 'ket', 'keta', 'ketalar'] },
    { name: 'esketamine', aliases: ['spravato'] },
  ],
};

const unconsciousHelp =
  'If someone has taken both and cannot be woken or is breathing slowly, put them in the recovery position, stay with them and call emergency services.';
const noReliableData: InteractionFacts = {
  level: 'unknown',
  what: 'There is no reliable data on this combination. Unknown does not mean safe.',
  todo: 'Treat it as risky: do not use alone, and have someone sober with you.',
  sources: [],
};
const stackedDissociation: InteractionFacts = {
  level: 'low-risk-synergy',
  what: 'Both block the same brain receptor (NMDA), so the dissociation stacks: falls are likely and high amounts can make you pass out.',
  todo: 'Low risk is not no risk. Sit or lie down somewhere safe with someone sober nearby.',
  sources: [tripSitCombos],
};

/** Every class we know, with what happens when it is taken with ketamine. */
export const substanceClasses: NonKetamineClass[] = [
  {
    id: 'alcohol',
    name: 'alcohol',
    depressant: true,
    members: [
      {
        name: 'alcohol',
        aliases: [
          'drink',
          'drinks',
          'beer',
          'lager',
          'cider',
          'wine',
          'vodka',
          'gin',
          'rum',
          'whisky',
          'whiskey',
          'spirits',
          'booze',
          'ethanol',
        ],
      },
    ],
    withKetamine: {
      level: 'dangerous',
      what: 'Both make you clumsy, sick and liable to pass out. Someone who passes out on their back can choke on their vomit, and breathing can slow down dangerously.',
      todo: `Avoid drinking when you take ketamine. ${unconsciousHelp}`,
      sources: [tripSitCombos, psychonautWikiKetamine, ketalarLabel],
    },
  },
  {
    id: 'ghb-gbl',
    name: 'GHB/GBL',
    depressant: true,
    members: [
      { name: 'GHB', aliases: ['g', 'gina', 'liquid ecstasy'] },
      { name: 'GBL' },
      { name: '1,4-butanediol', aliases: ['bdo'] },
    ],
    classAliases: ['ghb/gbl'],
    withKetamine: {
      level: 'dangerous',
      what: 'As with alcohol, but more sudden: people can pass out without warning, vomit and choke, and breathing can slow down.',
      todo: `Do not combine. ${unconsciousHelp}`,
      sources: [tripSitCombos, psychonautWikiKetamine],
    },
  },
  {
    id: 'opioids',
    name: 'opioids',
    depressant: true,
    classAliases: ['opioid', 'opiates', 'opiate'],
    members: [
      { name: 'heroin', aliases: ['h', 'smack', 'brown'] },
      { name: 'morphine' },
      { name: 'fentanyl' },
      { name: 'methadone' },
      { name: 'oxycodone', aliases: ['oxy', 'oxycontin'] },
      { name: 'codeine' },
      { name: 'dihydrocodeine' },
      { name: 'hydrocodone' },
      { name: 'buprenorphine', aliases: ['subutex', 'suboxone'] },
    ],
    withKetamine: {
      level: 'dangerous',
      what: 'Opioids slow breathing and ketamine adds to the sedation. Vomiting while passed out can lead to choking, and breathing can stop.',
      todo: `Do not combine. ${unconsciousHelp}`,
      sources: [tripSitCombos, psychonautWikiKetamine, ketalarLabel],
    },
  },
  {
    id: 'tramadol',
    name: 'tramadol',
    depressant: true,
    members: [{ name: 'tramadol', aliases: ['zydol', 'ultram'] }],
    withKetamine: {
      level: 'dangerous',
      what: 'Tramadol can cause seizures, and together with ketamine it deepens sedation and can slow breathing.',
      todo: `Do not combine. A seizure or someone who cannot be woken needs emergency help. ${unconsciousHelp}`,
      sources: [tripSitCombos, psychonautWikiKetamine],
    },
  },
  {
    id: 'sedating-antihistamines',
    name: 'sedating antihistamines',
    depressant: true,
    classAliases: ['sedating antihistamine'],
    members: [
      { name: 'diphenhydramine', aliases: ['dph', 'benadryl', 'nytol'] },
      { name: 'promethazine', aliases: ['phenergan'] },
      { name: 'chlorphenamine', aliases: ['chlorpheniramine', 'piriton'] },
      { name: 'hydroxyzine' },
      { name: 'doxylamine' },
    ],
    withKetamine: {
      level: 'dangerous',
      what: 'More sedation and worse confusion (delirium), with a risk of mania and psychosis-like states.',
      todo: 'Avoid combining. Someone who is confused, seeing things or very agitated needs medical help.',
      sources: [tripSitCombos],
    },
  },
  {
    id: 'benzodiazepines',
    name: 'benzodiazepines',
    depressant: true,
    classAliases: ['benzos', 'benzo', 'benzodiazepine'],
    members: [
      { name: 'alprazolam', aliases: ['xanax', 'xannies', 'bars'] },
      { name: 'diazepam', aliases: ['valium', 'vallies'] },
      { name: 'clonazepam', aliases: ['klonopin', 'rivotril'] },
      { name: 'lorazepam', aliases: ['ativan'] },
      { name: 'temazepam' },
      { name: 'nitrazepam' },
      { name: 'oxazepam' },
      { name: 'chlordiazepoxide', aliases: ['librium'] },
      { name: 'etizolam' },
      { name: 'bromazolam' },
    ],
    withKetamine: {
      level: 'caution',
      what: 'Deeper sedation and passing out without warning, with a risk of choking on vomit. In ketamine treatment for depression, benzodiazepines may weaken the antidepressant effect.',
      todo: 'Avoid combining where you can, and do not use alone. In ketamine treatment, tell your treatment team about any benzodiazepines you take.',
      sources: [tripSitCombos, ketalarLabel],
    },
  },
  {
    id: 'gabapentinoids',
    name: 'pregabalin / gabapentin',
    depressant: true,
    classAliases: ['gabapentinoids', 'gabapentinoid'],
    members: [
      { name: 'pregabalin', aliases: ['lyrica'] },
      { name: 'gabapentin', aliases: ['neurontin'] },
    ],
    withKetamine: {
      level: 'caution',
      what: 'More nausea and dizziness, and a higher chance of passing out.',
      todo: 'Avoid combining where you can. Stay sitting or lying down with someone nearby.',
      sources: [tripSitCombos],
    },
  },
  {
    id: 'amphetamines',
    name: 'amphetamines',
    stimulant: true,
    classAliases: ['amphetamines'],
    members: [
      { name: 'amphetamine', aliases: ['speed', 'adderall', 'dexamphetamine', 'dexedrine'] },
      { name: 'methamphetamine', aliases: ['meth', 'crystal meth', 'crystal', 'ice', 'tina'] },
      { name: 'lisdexamfetamine', aliases: ['elvanse', 'vyvanse'] },
    ],
    withKetamine: {
      level: 'caution',
      what: 'Blood pressure and heart rate go up. Moving around on high amounts of both can lead to falls and injury.',
      todo: 'Avoid this if you have heart or blood pressure problems. Stay somewhere safe where you can sit or lie down.',
      sources: [tripSitCombos, psychonautWikiKetamine],
    },
  },
  {
    id: 'cocaine',
    name: 'cocaine',
    stimulant: true,
    members: [{ name: 'cocaine', aliases: ['coke', 'charlie', 'crack', 'blow'] }],
    withKetamine: {
      level: 'caution',
      what: 'Blood pressure and heart rate go up. Moving around on high amounts of both can lead to falls and injury.',
      todo: 'Avoid this if you have heart or blood pressure problems. Chest pain needs emergency help.',
      sources: [tripSitCombos, psychonautWikiKetamine],
    },
  },
  {
    id: 'maois',
    name: 'MAOIs',
    classAliases: ['maoi', 'mao inhibitors'],
    members: [
      { name: 'phenelzine', aliases: ['nardil'] },
      { name: 'tranylcypromine', aliases: ['parnate'] },
      { name: 'isocarboxazid' },
      { name: 'moclobemide' },
      { name: 'selegiline' },
      { name: 'rasagiline' },
    ],
    withKetamine: {
      level: 'caution',
      what: 'MAO-B inhibitors (such as selegiline) may make ketamine stronger. There is little data on MAO-A inhibitors.',
      todo: 'If you take an MAOI, talk to your prescriber before using ketamine.',
      sources: [tripSitCombos, psychonautWikiKetamine],
    },
  },
  {
    id: 'theophyllines',
    name: 'theophylline / aminophylline',
    members: [{ name: 'theophylline' }, { name: 'aminophylline' }],
    withKetamine: {
      level: 'caution',
      what: 'These asthma medicines make seizures more likely when taken with ketamine.',
      todo: 'Tell any doctor giving you ketamine that you take them. A seizure needs emergency help.',
      sources: [ketalarLabel],
    },
  },
  {
    id: 'mdma',
    name: 'MDMA',
    stimulant: true,
    members: [{ name: 'MDMA', aliases: ['ecstasy', 'e', 'molly', 'mandy', 'xtc'] }],
    withKetamine: {
      level: 'low-risk-synergy',
      what: 'The effects add up and feel stronger. Blood pressure and heart rate can rise, and moving around while very dissociated risks injury.',
      todo: 'Low risk is not no risk. Stay somewhere safe, keep cool and sip water, and have someone sober nearby.',
      sources: [tripSitCombos],
    },
  },
  {
    id: 'dxm',
    name: 'DXM',
    members: [{ name: 'dextromethorphan', aliases: ['dxm', 'robo'] }],
    withKetamine: stackedDissociation,
  },
  {
    id: 'pcp',
    name: 'PCP',
    members: [{ name: 'phencyclidine', aliases: ['pcp', 'angel dust'] }],
    withKetamine: stackedDissociation,
  },
  {
    id: 'mxe',
    name: 'methoxetamine',
    members: [{ name: 'methoxetamine', aliases: ['mxe'] }],
    withKetamine: stackedDissociation,
  },
  {
    id: 'nitrous',
    name: 'nitrous oxide',
    members: [
      {
        name: 'nitrous oxide',
        aliases: ['nitrous', 'nos', 'laughing gas', 'whippets', 'balloons', 'hippy crack'],
      },
    ],
    withKetamine: stackedDissociation,
  },
  {
    id: 'psychedelics',
    name: 'psychedelics',
    classAliases: ['psychedelic'],
    members: [
      { name: 'LSD', aliases: ['acid'] },
      {
        name: 'psilocybin mushrooms',
        aliases: ['psilocybin', 'magic mushrooms', 'mushrooms', 'shrooms'],
      },
      { name: 'DMT' },
      { name: 'mescaline', aliases: ['peyote', 'san pedro'] },
      { name: '2C-B' },
      { name: '2C-I' },
      { name: '2C-E' },
      { name: '2C-x' },
      { name: '5-MeO-DMT' },
      { name: '5-MeO-DiPT' },
      { name: 'NBOMe', aliases: ['25i-nbome', '25c-nbome', '25b-nbome', 'n-bomb'] },
    ],
    withKetamine: {
      level: 'low-risk-synergy',
      what: 'The psychological effects become stronger and harder to predict.',
      todo: 'Low risk is not no risk. Be in a safe, familiar place with someone sober you trust.',
      sources: [tripSitCombos],
    },
  },
  {
    id: 'cannabis',
    name: 'cannabis',
    members: [
      {
        name: 'cannabis',
        aliases: ['weed', 'marijuana', 'thc', 'hash', 'hashish', 'skunk', 'pot', 'grass', 'ganja'],
      },
    ],
    withKetamine: {
      level: 'low-risk-synergy',
      what: 'Dissociation and anxiety can become much stronger than expected; some people find this combination overwhelming.',
      todo: 'Low risk is not no risk. Be somewhere safe and calm with someone sober nearby.',
      sources: [tripSitCombos],
    },
  },
  {
    id: 'ssris',
    name: 'SSRIs',
    classAliases: ['ssri'],
    members: [
      { name: 'sertraline', aliases: ['zoloft', 'lustral'] },
      { name: 'fluoxetine', aliases: ['prozac'] },
      { name: 'citalopram', aliases: ['cipramil'] },
      { name: 'escitalopram', aliases: ['lexapro', 'cipralex'] },
      { name: 'paroxetine', aliases: ['seroxat', 'paxil'] },
      { name: 'fluvoxamine' },
    ],
    withKetamine: {
      level: 'low-risk-no-synergy',
      what: 'No interaction is expected.',
      todo: 'Keep taking prescribed antidepressants as agreed with your prescriber, and tell any ketamine treatment team about them.',
      sources: [tripSitCombos],
    },
  },
  {
    id: 'lithium',
    name: 'lithium',
    members: [{ name: 'lithium', aliases: ['priadel', 'camcolit'] }],
    withKetamine: {
      level: 'low-risk-no-synergy',
      what: "No interaction is expected; lithium may make ketamine's antidepressant effect last longer.",
      todo: 'Keep taking lithium as prescribed and tell any ketamine treatment team about it.',
      sources: [tripSitCombos],
    },
  },
  {
    id: 'caffeine',
    name: 'caffeine',
    stimulant: true,
    members: [{ name: 'caffeine', aliases: ['coffee', 'energy drink', 'energy drinks'] }],
    withKetamine: {
      level: 'low-risk-no-synergy',
      what: 'No interaction is expected.',
      todo: 'No special steps beyond the usual care with ketamine.',
      sources: [tripSitCombos],
    },
  },
  {
    id: 'lamotrigine',
    name: 'lamotrigine',
    members: [{ name: 'lamotrigine', aliases: ['lamictal'] }],
    withKetamine: {
      level: 'low-risk-decrease',
      what: "Lamotrigine reduced some of ketamine's effects in a study of healthy volunteers.",
      todo: 'Keep taking lamotrigine as prescribed and tell any ketamine treatment team about it.',
      sources: [anand2000],
    },
  },
  {
    id: 'mephedrone',
    name: 'mephedrone',
    stimulant: true,
    members: [{ name: 'mephedrone', aliases: ['m-cat', 'meow meow', '4-mmc'] }],
    withKetamine: noReliableData,
  },
  {
    id: 'trazodone',
    name: 'trazodone',
    members: [{ name: 'trazodone', aliases: ['molipaxin'] }],
    withKetamine: noReliableData,
  },
  {
    id: 'grapefruit',
    name: 'grapefruit',
    members: [{ name: 'grapefruit', aliases: ['grapefruit juice'] }],
    withKetamine: noReliableData,
  },
];
