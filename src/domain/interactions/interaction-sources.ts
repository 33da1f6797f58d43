export type InteractionSource = { title: string; url: string };

// TripSit's data has no licence file: we restate its levels in our own words and link it.
export const tripSitCombos: InteractionSource = {
  title: 'TripSit drug combinations data (combos.json)',
  url: 'https://github.com/TripSit/drugs',
};

export const psychonautWikiKetamine: InteractionSource = {
  title: 'PsychonautWiki: Ketamine — dangerous interactions',
  url: 'https://psychonautwiki.org/wiki/Ketamine',
};

export const ketalarLabel: InteractionSource = {
  title: 'Ketalar (ketamine hydrochloride injection) prescribing information — drug interactions',
  url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=ketalar',
};

export const anand2000: InteractionSource = {
  title:
    'Anand A, Charney DS, Oren DA, et al. Attenuation of the neuropsychiatric effects of ketamine with lamotrigine. Arch Gen Psychiatry 2000;57(3):270–276',
  url: 'https://doi.org/10.1001/archpsyc.57.3.270',
};
