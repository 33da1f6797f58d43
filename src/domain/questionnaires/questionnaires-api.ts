import { z } from 'zod';
import { SEVERITIES } from '../severity.js';

/** Answers of the self-check routes (the answers they take are in log-api.ts). */

export const ZQuestionnaireParamsSchema = z.object({ id: z.string().max(40) });

const severity = z.enum(SEVERITIES);
const ZScoreBandSchema = z.object({
  id: z.string(),
  from: z.number(),
  to: z.number(),
  nextStepId: z.string().optional(),
});

export const ZQuestionnaireDefinitionSchema = z.object({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  description: z.string(),
  timeframe: z.string(),
  instructions: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      options: z.array(z.object({ label: z.string(), score: z.number() })),
    }),
  ),
  scoring: z.object({ method: z.literal('sum') }),
  minScore: z.number(),
  maxScore: z.number(),
  bands: z.array(ZScoreBandSchema),
  bandsBySex: z
    .object({ male: z.array(ZScoreBandSchema), female: z.array(ZScoreBandSchema) })
    .optional(),
  flagRules: z.array(
    z.object({
      code: z.string(),
      severity,
      when: z.union([
        z.object({ itemId: z.string(), minScore: z.number() }),
        z.object({ totalMinScore: z.number() }),
      ]),
      replacesNextStep: z.literal(true).optional(),
    }),
  ),
  messageValues: z.record(z.string(), z.number()).optional(),
  loinc: z.object({ panel: z.string(), total: z.string() }).optional(),
  licence: z.string(),
  sources: z.array(z.object({ title: z.string(), url: z.string() })),
});
export const ZQuestionnaireListSchema = z.object({
  questionnaires: z.array(ZQuestionnaireDefinitionSchema).readonly(),
});
export const ZQuestionnaireBodySchema = z.object({ questionnaire: ZQuestionnaireDefinitionSchema });

/** A result as ids: the band, the next step (a band's or a flag's own) and the flags' codes. */
export const ZQuestionnaireResultSchema = z.object({
  questionnaireId: z.string(),
  score: z.number(),
  maxScore: z.number(),
  bandId: z.string(),
  nextStepId: z.string(),
  /** Most severe first. */
  flags: z.array(z.object({ code: z.string(), severity })),
});

export const ZQuestionnaireResponseSchema = z.object({
  id: z.uuid(),
  questionnaireId: z.string(),
  takenAt: z.string(),
  answers: z.array(z.number()),
  result: ZQuestionnaireResultSchema,
});
export type QuestionnaireResponse = z.infer<typeof ZQuestionnaireResponseSchema>;
export const ZQuestionnaireResponseBodySchema = z.object({
  response: ZQuestionnaireResponseSchema,
});
export const ZQuestionnaireResponseListSchema = z.object({
  responses: z.array(ZQuestionnaireResponseSchema),
});
