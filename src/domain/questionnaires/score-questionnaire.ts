import { AppError, type ErrorDetail } from '../errors.js';
import { bySeverity } from '../severity.js';
import type {
  FlagSeverity,
  QuestionnaireDefinition,
  QuestionnaireFlagRule,
  ScoreBand,
  ScoringContext,
} from './questionnaire-definition.js';

export type QuestionnaireFlag = { code: string; severity: FlagSeverity };

/** A scored questionnaire as ids; result-words.ts words it from the catalogue. */
export type QuestionnaireResult = {
  questionnaireId: string;
  score: number;
  maxScore: number;
  bandId: string;
  /** A band's next step, or a flag's own (PHQ-9 item 9), which overrides the band's. */
  nextStepId: string;
  /** Most severe first. */
  flags: QuestionnaireFlag[];
};

/**
 * Scores answers (one number per item, in item order) against any questionnaire
 * definition. `answers` is `unknown` because it comes straight from a request or the CLI;
 * anything but a list of allowed whole-number scores is an AppError('validation_failed').
 */
export function scoreQuestionnaire(
  definition: QuestionnaireDefinition,
  answers: unknown,
  context: ScoringContext = {},
): QuestionnaireResult {
  const scores = validateAnswers(definition, answers);
  const bands = pickBands(definition, context);
  const score = scores.reduce((sum, value) => sum + value, 0);
  const band = bands.find((candidate) => score >= candidate.from && score <= candidate.to);
  if (!band) {
    // The data tests check that bands cover every possible score, so this is a bug.
    throw new Error(`No band in ${definition.id} covers the score ${score}`);
  }
  const applied = definition.flagRules
    .filter((rule) => ruleApplies(rule, definition, scores, score))
    .sort(bySeverity);
  const flags = applied.map(({ code, severity }) => ({ code, severity }));
  // A flag's own next step (PHQ-9 item 9) overrides the band's, which may say all is well.
  const nextStepId =
    applied.find((rule) => rule.replacesNextStep)?.code ?? band.nextStepId ?? band.id;
  return {
    questionnaireId: definition.id,
    score,
    maxScore: definition.maxScore,
    bandId: band.id,
    nextStepId,
    flags,
  };
}

function validateAnswers(definition: QuestionnaireDefinition, answers: unknown): number[] {
  const itemCount = definition.items.length;
  if (!Array.isArray(answers)) {
    throw new AppError('validation_failed', `Answers must be a list of ${itemCount} numbers.`, [
      { path: 'answers', message: `Expected a list of ${itemCount} numbers.` },
    ]);
  }
  if (answers.length !== itemCount) {
    const message = `${definition.shortTitle} has ${itemCount} questions, but ${answers.length} answers were given.`;
    throw new AppError('validation_failed', message, [{ path: 'answers', message }]);
  }
  const details: ErrorDetail[] = [];
  definition.items.forEach((item, index) => {
    const answer: unknown = answers[index];
    const allowed = item.options.map((option) => option.score);
    const ok = typeof answer === 'number' && Number.isInteger(answer) && allowed.includes(answer);
    if (!ok) {
      details.push({
        path: `answers[${index}]`,
        message: `Answer to question ${index + 1} must be one of ${allowed.join(', ')}; got ${describe(answer)}.`,
      });
    }
  });
  if (details.length > 0) {
    const first = details[0]?.message ?? '';
    const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
    throw new AppError('validation_failed', `${first}${more}`, details);
  }
  return answers as number[];
}

function pickBands(definition: QuestionnaireDefinition, context: ScoringContext): ScoreBand[] {
  const { sex } = context;
  if (sex === undefined) return definition.bands;
  if (sex !== 'male' && sex !== 'female') {
    throw new AppError('validation_failed', 'Sex must be "male" or "female" when given.', [
      { path: 'context.sex', message: 'Expected "male" or "female".' },
    ]);
  }
  return definition.bandsBySex?.[sex] ?? definition.bands;
}

function ruleApplies(
  rule: QuestionnaireFlagRule,
  definition: QuestionnaireDefinition,
  scores: number[],
  total: number,
): boolean {
  if ('totalMinScore' in rule.when) return total >= rule.when.totalMinScore;
  const { itemId, minScore } = rule.when;
  const index = definition.items.findIndex((item) => item.id === itemId);
  const itemScore = scores[index];
  return itemScore !== undefined && itemScore >= minScore;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.slice(0, 20)}"`;
  if (typeof value === 'number') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  return `a ${typeof value}`;
}
