import type { QuestionnaireOption } from './questionnaire-definition.js';

/** The answer scale shared by PHQ-9 and GAD-7 (Kroenke 2001; Spitzer 2006). */
export const twoWeekFrequencyOptions: QuestionnaireOption[] = [
  { label: 'Not at all', score: 0 },
  { label: 'Several days', score: 1 },
  { label: 'More than half the days', score: 2 },
  { label: 'Nearly every day', score: 3 },
];
