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
      label: 'minimal',
      meaning: 'Few or no signs of depression over the last two weeks.',
      nextStep:
        'Nothing needs to change. You can repeat this check in a few weeks, or sooner if your mood drops.',
    },
    {
      from: 5,
      to: 9,
      label: 'mild',
      meaning:
        'Some signs of low mood. Mild symptoms often ease with time, but they are worth watching.',
      nextStep:
        'Repeat this check in two to four weeks. If the score stays the same or rises, talk to your GP or doctor.',
    },
    {
      from: 10,
      to: 14,
      label: 'moderate',
      meaning:
        'Signs of depression at a level where doctors usually suggest support or treatment (10 is the usual cut-off).',
      nextStep:
        'Talk to your GP, doctor or therapist about how you feel. Talking therapy or other treatment can help. If you are in ketamine treatment, share this score with your treatment team.',
    },
    {
      from: 15,
      to: 19,
      label: 'moderately severe',
      meaning: 'Many signs of depression on most days.',
      nextStep:
        'Please see your GP or doctor soon, within the next week or two. Treatment helps most people feel better. If you are in ketamine treatment, tell your treatment team.',
    },
    {
      from: 20,
      to: 27,
      label: 'severe',
      meaning: 'Signs of severe depression.',
      nextStep:
        'Please contact your GP or doctor as soon as you can, today if possible. If you feel unsafe, contact a crisis line or emergency services now.',
    },
  ],
  flagRules: [
    {
      // Kroenke 2001: any positive answer to item 9 needs a safety assessment, whatever the total.
      code: 'self-harm',
      severity: 'urgent',
      message:
        'You said you have had thoughts that you would be better off dead or of hurting yourself. You do not have to handle this alone: please talk to a crisis line, your doctor or someone you trust today.',
      when: { itemId: 'phq9-9', minScore: 1 },
      nextStep:
        'Talk to someone today: call or text a crisis line (they are free, and Get help lists the ones for your country), or tell your GP, doctor or someone you trust how you feel. Until then, stay near people or somewhere you feel safe, and put away anything you could use to hurt yourself. If you might act on these thoughts, call your emergency number now.',
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
  notADiagnosis:
    'This is a self-check, not a diagnosis. Only a doctor or other qualified professional can diagnose depression, after talking with you.',
};
