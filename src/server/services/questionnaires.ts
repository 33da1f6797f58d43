import { AppError } from '../../domain/errors.js';
import {
  getQuestionnaire,
  scoreQuestionnaire,
  type QuestionnaireDefinition,
  type QuestionnaireResult,
  type ScoringContext,
} from '../../domain/questionnaires/index.js';
import {
  insertQuestionnaireResponse,
  listQuestionnaireResponses,
  type QuestionnaireResponseRow,
} from '../../db/repositories/questionnaire-responses.js';
import type { QuestionnaireResponse } from '../../domain/questionnaires/questionnaires-api.js';
import type { Subject } from '../access/gate.js';
import type { DataContext } from './context.js';

export function requireQuestionnaire(id: string): QuestionnaireDefinition {
  const definition = getQuestionnaire(id);
  if (!definition)
    throw new AppError('not_found', `There is no questionnaire called "${id}".`, undefined, {
      reason: 'no-questionnaire',
    });
  return definition;
}

/** Scores without storing; the scorer's field paths are the request body's. */
export function scoreAnswers(
  id: string,
  answers: unknown,
  context?: ScoringContext,
): QuestionnaireResult {
  return scoreQuestionnaire(requireQuestionnaire(id), answers, context);
}

/** A stored row with its result as ids; flag severities and the top score come from the definition. */
function toResponse(row: QuestionnaireResponseRow): QuestionnaireResponse {
  const definition = getQuestionnaire(row.questionnaire_id);
  const severityOf = (code: string) =>
    definition?.flagRules.find((rule) => rule.code === code)?.severity ?? 'info';
  return {
    id: row.id,
    questionnaireId: row.questionnaire_id,
    takenAt: row.taken_at.toISOString(),
    answers: row.answers,
    result: {
      questionnaireId: row.questionnaire_id,
      score: row.score,
      maxScore: definition?.maxScore ?? row.score,
      bandId: row.band_id,
      nextStepId: row.next_step_id,
      flags: row.flag_codes.map((code) => ({ code, severity: severityOf(code) })),
    },
  };
}

export async function saveResponse(
  ctx: DataContext,
  subject: Subject,
  id: string,
  input: { answers: unknown[]; context?: ScoringContext | undefined },
): Promise<QuestionnaireResponse> {
  const result = scoreAnswers(id, input.answers, input.context);
  const row = await insertQuestionnaireResponse(ctx.db, subject.userId, {
    questionnaireId: id,
    answers: input.answers as number[],
    score: result.score,
    bandId: result.bandId,
    nextStepId: result.nextStepId,
    flagCodes: result.flags.map((flag) => flag.code),
    takenAt: ctx.now(),
  });
  return toResponse(row);
}

export async function listResponses(
  ctx: DataContext,
  subject: Subject,
  questionnaireId?: string,
): Promise<QuestionnaireResponse[]> {
  if (questionnaireId) requireQuestionnaire(questionnaireId);
  return (
    await listQuestionnaireResponses(ctx.db, subject.userId, {
      questionnaireId,
    })
  ).map(toResponse);
}
