import type { QuestionnaireDefinition, QuestionnaireOption } from './questionnaire-definition.js';

const yesNoOptions: QuestionnaireOption[] = [
  { label: 'No', score: 0 },
  { label: 'Yes', score: 1 },
];

// The ten criteria of DSM-5 phencyclidine (PCP-type) use disorder, which covers ketamine,
// in our own plain words; the DSM text is copyrighted. Withdrawal is not a criterion here.
const criteria = [
  'Have you often taken ketamine in larger amounts, or for longer, than you meant to?',
  'Have you wanted to cut down or stop, or tried to and not managed it?',
  'Have you spent a lot of time getting ketamine, using it, or getting over its effects?',
  'Have you had strong cravings or urges to use ketamine?',
  'Has your use stopped you doing what you need to do at work, school or home?',
  'Have you kept using even though it caused or worsened problems with other people?',
  'Have you given up or cut back on activities that mattered to you (work, hobbies, time with others) because of ketamine?',
  'Have you used ketamine in situations where it was physically dangerous, such as driving, swimming or being near traffic?',
  'Have you kept using even though you knew it was causing or worsening a physical or mental health problem, such as bladder pain or low mood?',
  'Have you needed more ketamine to get the same effect, or found the same amount had less effect?',
];

/** Bands from DSM-5 (APA 2013): 2–3 criteria mild, 4–5 moderate, 6 or more severe. */
export const dsm5Pcp: QuestionnaireDefinition = {
  id: 'dsm5-pcp',
  title: 'Ketamine use self-check (based on DSM-5 phencyclidine-type use disorder)',
  shortTitle: 'DSM-5 self-check',
  description:
    'Ten yes-or-no questions based on the signs doctors look for in a ketamine use problem (DSM-5 places ketamine with phencyclidine-type substances). Withdrawal is not one of these signs for ketamine; you can record withdrawal symptoms in the daily check-in.',
  timeframe: 'the last 12 months',
  instructions: 'Answer about the last 12 months.',
  items: criteria.map((text, index) => ({
    id: `dsm5-pcp-${index + 1}`,
    text,
    options: yesNoOptions,
  })),
  scoring: { method: 'sum' },
  minScore: 0,
  maxScore: 10,
  bands: [
    {
      from: 0,
      to: 1,
      id: 'none',
    },
    {
      from: 2,
      to: 3,
      id: 'mild',
    },
    {
      from: 4,
      to: 5,
      id: 'moderate',
    },
    {
      from: 6,
      to: 10,
      id: 'severe',
    },
  ],
  flagRules: [],
  licence:
    'The criteria are restated in plain words by Ketalog; the DSM-5 text is copyrighted by the American Psychiatric Association and is not reproduced.',
  sources: [
    {
      title:
        'American Psychiatric Association. Diagnostic and Statistical Manual of Mental Disorders, 5th ed. (DSM-5), 2013: Phencyclidine Use Disorder',
      url: 'https://doi.org/10.1176/appi.books.9780890425596',
    },
  ],
};
