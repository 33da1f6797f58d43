export type {
  FlagSeverity,
  QuestionnaireDefinition,
  QuestionnaireFlagRule,
  QuestionnaireItem,
  QuestionnaireOption,
  ScoreBand,
  ScoringContext,
  Sex,
  Source,
} from './questionnaire-definition.js';
export { getQuestionnaire, questionnaires } from './registry.js';
export {
  scoreQuestionnaire,
  type QuestionnaireFlag,
  type QuestionnaireResult,
} from './score-questionnaire.js';
export {
  questionnaireMessageKey,
  questionnaireResultWords,
  type QuestionnaireResultWords,
} from './result-words.js';
