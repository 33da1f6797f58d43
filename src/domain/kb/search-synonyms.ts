/**
 * Everyday words people type into Learn search, and the words our articles use for the same
 * thing. Data, not code: add a row to teach search a new phrase. Phrases are matched on
 * whole words after lower-casing and straightening apostrophes; expansions are added to the
 * search (ORed), the typed words stay in it too.
 */
export type SearchSynonym = { phrase: string; expandsTo: readonly string[] };

export const searchSynonyms: readonly SearchSynonym[] = [
  { phrase: 'k', expandsTo: ['ketamine'] },
  { phrase: 'ket', expandsTo: ['ketamine'] },
  { phrase: 'special k', expandsTo: ['ketamine'] },
  { phrase: 'k cramps', expandsTo: ['bladder', 'cramps', 'uropathy'] },
  { phrase: 'k hole', expandsTo: ['k-hole', 'overdose'] },
  { phrase: 'khole', expandsTo: ['k-hole', 'overdose'] },
  { phrase: 'drink', expandsTo: ['alcohol'] },
  { phrase: 'drinking', expandsTo: ['alcohol'] },
  { phrase: 'booze', expandsTo: ['alcohol'] },
  { phrase: 'pee', expandsTo: ['urine', 'bladder'] },
  { phrase: 'wee', expandsTo: ['urine', 'bladder'] },
  { phrase: 'peeing', expandsTo: ['urine', 'bladder'] },
  { phrase: 'piss', expandsTo: ['urine', 'bladder'] },
  { phrase: "can't sleep", expandsTo: ['insomnia'] },
  { phrase: 'cannot sleep', expandsTo: ['insomnia'] },
  { phrase: 'no sleep', expandsTo: ['insomnia'] },
  { phrase: 'stopping', expandsTo: ['withdrawal'] },
  { phrase: 'stop', expandsTo: ['withdrawal'] },
  { phrase: 'quit', expandsTo: ['withdrawal'] },
  { phrase: 'quitting', expandsTo: ['withdrawal'] },
  { phrase: 'coming off', expandsTo: ['withdrawal'] },
  { phrase: 'mixing', expandsTo: ['combination'] },
  { phrase: 'mix', expandsTo: ['combination'] },
  { phrase: 'combo', expandsTo: ['combination'] },
  { phrase: 'tummy', expandsTo: ['belly', 'stomach'] },
  { phrase: 'addicted', expandsTo: ['addiction', 'dependence'] },
  { phrase: 'hooked', expandsTo: ['addiction', 'dependence'] },
  { phrase: 'rehab', expandsTo: ['rehabilitation', 'treatment'] },
  { phrase: 'legal', expandsTo: ['law'] },
  { phrase: 'illegal', expandsTo: ['law'] },
  { phrase: 'depressed', expandsTo: ['depression'] },
  { phrase: 'memory loss', expandsTo: ['memory'] },
  { phrase: 'heart rate', expandsTo: ['heart'] },
  { phrase: 'mum', expandsTo: ['family'] },
  { phrase: 'dad', expandsTo: ['family'] },
  { phrase: 'parent', expandsTo: ['family'] },
  { phrase: 'friend', expandsTo: ['friends', 'family'] },
];
