export type { QuestionnaireDefinition, ScoringContext, Sex } from './questionnaire-definition.js';
export { getQuestionnaire, questionnaires } from './registry.js';
export { scoreQuestionnaire, type QuestionnaireResult } from './score-questionnaire.js';
export { questionnaireResultWords } from './result-words.js';
