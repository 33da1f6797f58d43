import { z } from 'zod';
import { AppError } from '../errors.js';
import { ZIsoDateTimeSchema } from '../input-schemas.js';
import { getQuestionnaire, scoreQuestionnaire } from '../questionnaires/index.js';
import { checkEntry, importProblem } from './import-problem.js';
import type { PersonDataImport } from './person-data.js';

const ZResponseFieldsSchema = z.object({
  questionnaireId: z.string(),
  takenAt: ZIsoDateTimeSchema,
  answers: z.array(z.unknown()),
  sex: z.enum(['female', 'male']).optional(),
});

type ResponseField = keyof z.infer<typeof ZResponseFieldsSchema>;

/**
 * One imported self-check: a questionnaire Ketalog has and answers it can score. The score
 * itself is worked out again on import, never taken from the file.
 */
export function checkResponse(
  fields: Record<ResponseField, unknown>,
  where: string,
  pathOf: Record<ResponseField, string>,
): PersonDataImport['questionnaireResponses'][number] {
  const checked = checkEntry(ZResponseFieldsSchema, fields, where, (field) => {
    const name = field.split('.')[0] as ResponseField;
    return pathOf[name] ?? field;
  });
  const definition = getQuestionnaire(checked.questionnaireId);
  if (!definition) {
    throw importProblem(
      where,
      pathOf.questionnaireId,
      `Ketalog has no questionnaire "${checked.questionnaireId}"`,
    );
  }
  const context = checked.sex ? { sex: checked.sex } : {};
  try {
    scoreQuestionnaire(definition, checked.answers, context);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw importProblem(where, pathOf.answers, error.message.replace(/\.$/, ''));
  }
  return {
    questionnaireId: checked.questionnaireId,
    takenAt: checked.takenAt,
    answers: checked.answers as number[],
    context,
  };
}
