import type { QuestionnaireDefinition } from './questionnaire-definition.js';
import { twoWeekFrequencyOptions } from './two-week-frequency-options.js';

const itemTexts = [
  'Feeling nervous, anxious or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid as if something awful might happen',
];

/** GAD-7 with the public-domain Pfizer wording; bands from Spitzer et al. 2006. */
export const gad7: QuestionnaireDefinition = {
  id: 'gad-7',
  title: 'Generalised Anxiety Disorder scale (GAD-7)',
  shortTitle: 'GAD-7',
  description:
    'Seven questions about worry and anxiety. Anxiety is common during and after ketamine use and during withdrawal.',
  timeframe: 'the last 2 weeks',
  instructions:
    'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: itemTexts.map((text, index) => ({
    id: `gad7-${index + 1}`,
    text,
    options: twoWeekFrequencyOptions,
  })),
  scoring: { method: 'sum' },
  minScore: 0,
  maxScore: 21,
  bands: [
    {
      from: 0,
      to: 4,
      id: 'minimal',
    },
    {
      from: 5,
      to: 9,
      id: 'mild',
    },
    {
      from: 10,
      to: 14,
      id: 'moderate',
    },
    {
      from: 15,
      to: 21,
      id: 'severe',
    },
  ],
  flagRules: [],
  loinc: { panel: '69737-5', total: '70274-6' },
  licence:
    'Developed by Drs Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues with an educational grant from Pfizer Inc. Free to use: no permission is needed to reproduce, translate, display or distribute it.',
  sources: [
    {
      title:
        'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092–1097',
      url: 'https://doi.org/10.1001/archinte.166.10.1092',
    },
    { title: 'Patient Health Questionnaire (PHQ) Screeners', url: 'https://www.phqscreeners.com/' },
  ],
};
