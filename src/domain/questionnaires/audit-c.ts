import type { QuestionnaireDefinition } from './questionnaire-definition.js';

// Cut-offs: positive at 4 or more for men, 3 or more for women (Bradley et al. 2007).
const menCutOff = 4;
const womenCutOff = 3;
const maxScore = 12;

/**
 * AUDIT-C, the three consumption questions of the WHO AUDIT. The cut-off depends on sex,
 * so scoring takes an optional `sex` in the context: with it, the sex-specific bands are
 * used; without it, the bands show both cut-offs (3 alone reads "positive for women").
 */
export const auditC: QuestionnaireDefinition = {
  id: 'audit-c',
  title: 'Alcohol Use Disorders Identification Test – Consumption (AUDIT-C)',
  shortTitle: 'AUDIT-C',
  description:
    'Three questions about how much and how often you drink. Alcohol with ketamine is one of the most dangerous combinations.',
  timeframe: 'the last 12 months',
  instructions: 'Think about your drinking over the last 12 months.',
  items: [
    {
      id: 'auditc-1',
      text: 'How often do you have a drink containing alcohol?',
      options: [
        { label: 'Never', score: 0 },
        { label: 'Monthly or less', score: 1 },
        { label: '2 to 4 times a month', score: 2 },
        { label: '2 to 3 times a week', score: 3 },
        { label: '4 or more times a week', score: 4 },
      ],
    },
    {
      id: 'auditc-2',
      text: 'How many standard drinks containing alcohol do you have on a typical day when you are drinking?',
      options: [
        { label: '1 or 2', score: 0 },
        { label: '3 or 4', score: 1 },
        { label: '5 or 6', score: 2 },
        { label: '7 to 9', score: 3 },
        { label: '10 or more', score: 4 },
      ],
    },
    {
      id: 'auditc-3',
      text: 'How often do you have six or more drinks on one occasion?',
      options: [
        { label: 'Never', score: 0 },
        { label: 'Less than monthly', score: 1 },
        { label: 'Monthly', score: 2 },
        { label: 'Weekly', score: 3 },
        { label: 'Daily or almost daily', score: 4 },
      ],
    },
  ],
  scoring: { method: 'sum' },
  minScore: 0,
  maxScore,
  messageValues: { womenCutOff, menCutOff },
  bands: [
    {
      from: 0,
      to: womenCutOff - 1,
      id: 'negative',
    },
    {
      from: womenCutOff,
      to: menCutOff - 1,
      id: 'positive-for-women',
      nextStepId: 'positive',
    },
    {
      from: menCutOff,
      to: maxScore,
      id: 'positive',
    },
  ],
  bandsBySex: {
    male: [
      {
        from: 0,
        to: menCutOff - 1,
        id: 'negative-men',
        nextStepId: 'negative',
      },
      {
        from: menCutOff,
        to: maxScore,
        id: 'positive-men',
        nextStepId: 'positive',
      },
    ],
    female: [
      {
        from: 0,
        to: womenCutOff - 1,
        id: 'negative-women',
        nextStepId: 'negative',
      },
      {
        from: womenCutOff,
        to: maxScore,
        id: 'positive-women',
        nextStepId: 'positive',
      },
    ],
  },
  flagRules: [
    {
      // Alcohol with ketamine is rated dangerous (TripSit combos; PsychonautWiki): see interactions.
      code: 'alcohol-with-ketamine',
      severity: 'advice',
      when: { itemId: 'auditc-1', minScore: 1 },
    },
  ],
  loinc: { panel: '72109-2', total: '75626-2' },
  licence:
    'The AUDIT is published by the World Health Organization and is widely used without charge; the AUDIT-C is its first three questions.',
  sources: [
    {
      title:
        'Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C). Arch Intern Med 1998;158(16):1789–1795',
      url: 'https://doi.org/10.1001/archinte.158.16.1789',
    },
    {
      title:
        'Bradley KA, et al. AUDIT-C as a brief screen for alcohol misuse in primary care. Alcohol Clin Exp Res 2007;31(7):1208–1217',
      url: 'https://pubmed.ncbi.nlm.nih.gov/?term=AUDIT-C+as+a+brief+screen+for+alcohol+misuse+in+primary+care+Bradley+2007',
    },
    {
      title:
        'Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: guidelines for use in primary care, 2nd ed. World Health Organization, 2001',
      url: 'https://www.who.int/publications/i/item/WHO-MSD-MSB-01.6a',
    },
  ],
};
