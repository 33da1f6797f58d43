import type { SCHEDULABLE_QUESTIONNAIRES } from '../../domain/treatment/treatment-schedule-api.js';
import type { MessageKey } from '../i18n/t.js';
import { t } from '../i18n/t.js';

const questionnaireLabels: Record<(typeof SCHEDULABLE_QUESTIONNAIRES)[number], MessageKey> = {
  'phq-9': 'myTreatment.questionnaire.phq-9',
  'gad-7': 'myTreatment.questionnaire.gad-7',
};

/** A scheduled questionnaire's name ("PHQ-9"), for Today and the clinic. */
export const questionnaireName = (id: (typeof SCHEDULABLE_QUESTIONNAIRES)[number]) =>
  t(questionnaireLabels[id]);
