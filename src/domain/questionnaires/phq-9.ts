import type { QuestionnaireDefinition } from './questionnaire-definition.js';
import { twoWeekFrequencyOptions } from './two-week-frequency-options.js';

const itemTexts = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
];

/**
 * PHQ-9 with the public-domain Pfizer wording. Bands and their suggested actions follow
 * Kroenke, Spitzer & Williams 2001 (J Gen Intern Med 16:606–613), restated for the person.
 */
export const phq9: QuestionnaireDefinition = {
  id: 'phq-9',
  title: 'Patient Health Questionnaire (PHQ-9)',
  shortTitle: 'PHQ-9',
  description:
    'Nine questions about low mood and depression. Used by doctors around the world and in ketamine treatment to follow mood over time.',
  timeframe: 'the last 2 weeks',
  instructions:
    'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: itemTexts.map((text, index) => ({
    id: `phq9-${index + 1}`,
    text,
    options: twoWeekFrequencyOptions,
  })),
  scoring: { method: 'sum' },
  minScore: 0,
  maxScore: 27,
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
      to: 19,
      id: 'moderately-severe',
    },
    {
      from: 20,
      to: 27,
      id: 'severe',
    },
  ],
  flagRules: [
    {
      // Kroenke 2001: any positive answer to item 9 needs a safety assessment, whatever the total.
      code: 'self-harm',
      severity: 'urgent',
      when: { itemId: 'phq9-9', minScore: 1 },
      replacesNextStep: true,
    },
  ],
  loinc: { panel: '44249-1', total: '44261-6' },
  licence:
    'Developed by Drs Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues with an educational grant from Pfizer Inc. Free to use: no permission is needed to reproduce, translate, display or distribute it.',
  sources: [
    {
      title:
        'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16(9):606–613',
      url: 'https://doi.org/10.1046/j.1525-1497.2001.016009606.x',
    },
    { title: 'Patient Health Questionnaire (PHQ) Screeners', url: 'https://www.phqscreeners.com/' },
  ],
};
