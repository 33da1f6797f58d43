import type { QuestionnaireDefinition, QuestionnaireOption } from './questionnaire-definition.js';

const howOftenOptions: QuestionnaireOption[] = [
  { label: 'Never or almost never', score: 0 },
  { label: 'Sometimes', score: 1 },
  { label: 'Often', score: 2 },
  { label: 'Always or nearly always', score: 3 },
];

/**
 * No ketamine-specific cut-off has been published. Cut-offs for other drugs run from 3
 * (cocaine, heroin) to above 4 (amphetamine), so we suggest talking to a professional
 * from 3 upward (Kaye & Darke 2002; Topp & Mattick 1997; see questionnaires reference).
 */
const lowestPublishedCutOff = 3;

export const sdsKetamine: QuestionnaireDefinition = {
  id: 'sds-ketamine',
  title: 'Severity of Dependence Scale (SDS) — ketamine',
  shortTitle: 'SDS',
  description:
    'Five questions about how much control you feel you have over your ketamine use. Watching the total over time shows whether things are getting easier or harder.',
  timeframe: 'the last 12 months',
  instructions: 'Think about your use of ketamine over the last 12 months.',
  items: [
    {
      id: 'sds-1',
      text: 'Did you ever think your use of ketamine was out of control?',
      options: howOftenOptions,
    },
    {
      id: 'sds-2',
      text: 'Did the prospect of missing a dose make you anxious or worried?',
      options: howOftenOptions,
    },
    {
      id: 'sds-3',
      text: 'Did you worry about your use of ketamine?',
      options: [
        { label: 'Not at all', score: 0 },
        { label: 'A little', score: 1 },
        { label: 'Quite a lot', score: 2 },
        { label: 'A great deal', score: 3 },
      ],
    },
    { id: 'sds-4', text: 'Did you wish you could stop?', options: howOftenOptions },
    {
      id: 'sds-5',
      text: 'How difficult did you find it to stop or go without ketamine?',
      options: [
        { label: 'Not difficult', score: 0 },
        { label: 'Quite difficult', score: 1 },
        { label: 'Very difficult', score: 2 },
        { label: 'Impossible', score: 3 },
      ],
    },
  ],
  scoring: { method: 'sum' },
  minScore: 0,
  maxScore: 15,
  bands: [
    {
      from: 0,
      to: lowestPublishedCutOff - 1,
      id: 'below-common-cut-offs',
    },
    {
      from: lowestPublishedCutOff,
      to: 15,
      id: 'at-or-above-common-cut-offs',
    },
  ],
  flagRules: [],
  licence: 'Free to use for research and clinical purposes.',
  sources: [
    {
      title:
        'Gossop M, Darke S, Griffiths P, et al. The Severity of Dependence Scale (SDS): psychometric properties of the SDS in English and Australian samples of heroin, cocaine and amphetamine users. Addiction 1995;90(5):607–614',
      url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Gossop+1995+Severity+of+Dependence+Scale+psychometric+properties',
    },
    {
      title:
        'Tung CK, Yeung SW, Chiang TP, Xu K, Lam M. Reliability and validity of the Severity of Dependence Scale in a Chinese sample of treatment-seeking ketamine users. East Asian Arch Psychiatry 2014;24(4):156–164',
      url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Severity+of+Dependence+Scale+Chinese+ketamine+users+Tung',
    },
    {
      title:
        'Kaye S, Darke S. Determining a diagnostic cut-off on the Severity of Dependence Scale (SDS) for cocaine dependence. Addiction 2002;97(6):727–731',
      url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Kaye+Darke+2002+Severity+of+Dependence+Scale+cocaine+cut-off',
    },
    {
      title:
        'Topp L, Mattick RP. Choosing a cut-off on the Severity of Dependence Scale (SDS) for amphetamine users. Addiction 1997;92(7):839–845',
      url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Topp+Mattick+1997+Severity+of+Dependence+Scale+amphetamine',
    },
  ],
};
