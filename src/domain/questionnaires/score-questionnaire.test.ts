import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import type { QuestionnaireDefinition } from './questionnaire-definition.js';
import { getQuestionnaire, questionnaires } from './registry.js';
import { scoreQuestionnaire, type QuestionnaireResult } from './score-questionnaire.js';
import { catalogue } from '../i18n/catalogue.js';
import { questionnaireResultWords } from './result-words.js';

function definition(id: string): QuestionnaireDefinition {
  const found = getQuestionnaire(id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}

/** Valid answers adding up to `target`, filling items from the first. */
function answersFor(q: QuestionnaireDefinition, target: number): number[] {
  let left = target;
  return q.items.map((item) => {
    const max = Math.max(...item.options.map((o) => o.score));
    const take = Math.min(max, left);
    left -= take;
    return take;
  });
}

function validationError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a validation error');
}

// Every band edge, as questionnaires.md gives them.
const bandEdges: [id: string, score: number, label: string][] = [
  ['phq-9', 0, 'minimal'],
  ['phq-9', 4, 'minimal'],
  ['phq-9', 5, 'mild'],
  ['phq-9', 9, 'mild'],
  ['phq-9', 10, 'moderate'],
  ['phq-9', 14, 'moderate'],
  ['phq-9', 15, 'moderately severe'],
  ['phq-9', 19, 'moderately severe'],
  ['phq-9', 20, 'severe'],
  ['phq-9', 27, 'severe'],
  ['gad-7', 0, 'minimal'],
  ['gad-7', 4, 'minimal'],
  ['gad-7', 5, 'mild'],
  ['gad-7', 9, 'mild'],
  ['gad-7', 10, 'moderate'],
  ['gad-7', 14, 'moderate'],
  ['gad-7', 15, 'severe'],
  ['gad-7', 21, 'severe'],
  ['audit-c', 0, 'negative'],
  ['audit-c', 2, 'negative'],
  ['audit-c', 3, 'positive for women'],
  ['audit-c', 4, 'positive'],
  ['audit-c', 12, 'positive'],
  ['sds-ketamine', 0, 'below common cut-offs'],
  ['sds-ketamine', 2, 'below common cut-offs'],
  ['sds-ketamine', 3, 'at or above common cut-offs'],
  ['sds-ketamine', 15, 'at or above common cut-offs'],
  ['dsm5-pcp', 0, 'none'],
  ['dsm5-pcp', 1, 'none'],
  ['dsm5-pcp', 2, 'mild'],
  ['dsm5-pcp', 3, 'mild'],
  ['dsm5-pcp', 4, 'moderate'],
  ['dsm5-pcp', 5, 'moderate'],
  ['dsm5-pcp', 6, 'severe'],
  ['dsm5-pcp', 10, 'severe'],
];

const english = catalogue('en');
const wordsOf = (q: QuestionnaireDefinition, result: QuestionnaireResult) =>
  questionnaireResultWords(q, result, english);

describe('scoreQuestionnaire', () => {
  it.each(bandEdges)('%s: a total of %i reads "%s"', (id, score, label) => {
    const q = definition(id);
    const result = scoreQuestionnaire(q, answersFor(q, score));
    expect(result.score).toBe(score);
    expect(result.maxScore).toBe(q.maxScore);
    expect(result.questionnaireId).toBe(id);
    const words = wordsOf(q, result);
    expect(words.bandLabel).toBe(label);
    expect(words.meaning).not.toBe('');
    expect(words.nextStep).not.toBe('');
    expect(words.notADiagnosis).toMatch(/not a diagnosis/);
  });

  it.each([
    ['male', 3, 'negative'],
    ['male', 4, 'positive'],
    ['female', 2, 'negative'],
    ['female', 3, 'positive'],
  ] as const)('AUDIT-C for a %s person reads %i as "%s"', (sex, score, label) => {
    const q = definition('audit-c');
    const result = scoreQuestionnaire(q, answersFor(q, score), { sex });
    expect(result.bandId).toBe(`${label}-${sex === 'male' ? 'men' : 'women'}`);
    expect(wordsOf(q, result).bandLabel).toBe(label);
  });

  it('AUDIT-C without a sex names both cut-offs at 3', () => {
    const q = definition('audit-c');
    const result = scoreQuestionnaire(q, [2, 1, 0]);
    expect(result.bandId).toBe('positive-for-women');
    expect(wordsOf(q, result).meaning).toMatch(/women \(3\)/);
    expect(wordsOf(q, result).meaning).toMatch(/men \(4\)/);
  });

  it('AUDIT-C reminds anyone who drinks that alcohol with ketamine is dangerous', () => {
    const q = definition('audit-c');
    expect(scoreQuestionnaire(q, [0, 0, 0]).flags).toEqual([]);
    expect(scoreQuestionnaire(q, [1, 0, 0]).flags.map((f) => f.code)).toEqual([
      'alcohol-with-ketamine',
    ]);
  });

  it('PHQ-9 raises an urgent self-harm flag for any answer above 0 on item 9, even with a minimal total', () => {
    const q = definition('phq-9');
    const result = scoreQuestionnaire(q, [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(result.bandId).toBe('minimal');
    expect(result.nextStepId).toBe('self-harm');
    expect(result.flags).toEqual([{ code: 'self-harm', severity: 'urgent' }]);
    expect(wordsOf(q, result).flags).toEqual([
      { code: 'self-harm', severity: 'urgent', message: expect.stringMatching(/crisis line/) },
    ]);
  });

  it.each([1, 2, 3])('PHQ-9 flags self-harm when item 9 is %i', (answer) => {
    const result = scoreQuestionnaire(definition('phq-9'), [3, 3, 3, 3, 3, 3, 3, 3, answer]);
    expect(result.flags[0]?.severity).toBe('urgent');
    expect(result.flags[0]?.code).toBe('self-harm');
  });

  it('PHQ-9 never says "nothing needs to change" after any answer above 0 on item 9', () => {
    const phq9 = definition('phq-9');
    const answers = fc.tuple(
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
      fc.integer({ min: 1, max: 3 }),
    );
    fc.assert(
      fc.property(answers, ([first8, item9]) => {
        const { nextStep } = wordsOf(phq9, scoreQuestionnaire(phq9, [...first8, item9]));
        expect(nextStep).not.toMatch(/nothing needs to change/i);
        expect(nextStep).toMatch(/^Talk to someone today/);
        expect(nextStep).toMatch(/crisis line/);
      }),
    );
  });

  it("PHQ-9 keeps the band's next step when item 9 is 0", () => {
    const q = definition('phq-9');
    const result = scoreQuestionnaire(q, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(result.nextStepId).toBe('minimal');
    expect(wordsOf(q, result).nextStep).toMatch(/^Nothing needs to change/);
  });

  it('PHQ-9 raises no self-harm flag when item 9 is 0, even with a severe total', () => {
    const result = scoreQuestionnaire(definition('phq-9'), [3, 3, 3, 3, 3, 3, 3, 3, 0]);
    expect(result.bandId).toBe('severe');
    expect(result.flags).toEqual([]);
  });

  it('refuses answers that are not a list', () => {
    for (const answers of [undefined, null, '1,2,3', 7, { 0: 1 }]) {
      const error = validationError(() => scoreQuestionnaire(definition('gad-7'), answers));
      expect(error.code).toBe('validation_failed');
      expect(error.details).toEqual([{ path: 'answers', message: expect.any(String) }]);
    }
  });

  it('refuses the wrong number of answers and says how many are needed', () => {
    const error = validationError(() => scoreQuestionnaire(definition('phq-9'), [0, 1, 2]));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/9 questions, but 3 answers/);
    expect(error.details?.[0]?.path).toBe('answers');
  });

  it('refuses out-of-range, fractional and non-numeric answers, naming each bad one', () => {
    const answers = [0, 4, 0, 1.5, '2', 0, null, Number.NaN, -1];
    const error = validationError(() => scoreQuestionnaire(definition('phq-9'), answers));
    expect(error.code).toBe('validation_failed');
    expect(error.details?.map((d) => d.path)).toEqual([
      'answers[1]',
      'answers[3]',
      'answers[4]',
      'answers[6]',
      'answers[7]',
      'answers[8]',
    ]);
    expect(error.details?.[0]?.message).toBe(
      'Answer to question 2 must be one of 0, 1, 2, 3; got 4.',
    );
    expect(error.message).toMatch(/and 5 more/);
  });

  it('checks each answer against its own item: 4 is allowed on AUDIT-C, 2 is not on a yes/no item', () => {
    expect(scoreQuestionnaire(definition('audit-c'), [4, 4, 4]).score).toBe(12);
    const answers = new Array<number>(10).fill(2);
    const error = validationError(() => scoreQuestionnaire(definition('dsm5-pcp'), answers));
    expect(error.details).toHaveLength(10);
    expect(error.details?.[0]?.message).toMatch(/one of 0, 1;/);
  });

  it('refuses a sex other than male or female', () => {
    const error = validationError(() =>
      scoreQuestionnaire(definition('audit-c'), [1, 1, 1], { sex: 'other' as never }),
    );
    expect(error.details?.[0]?.path).toBe('context.sex');
  });

  it('keeps every valid score within range and always finds a band (property)', () => {
    const cases = fc.oneof(
      ...questionnaires.map((q) =>
        fc.tuple(
          fc.constant(q),
          fc.tuple(...q.items.map((item) => fc.constantFrom(...item.options.map((o) => o.score)))),
          fc.constantFrom(undefined, 'male' as const, 'female' as const),
        ),
      ),
    );
    fc.assert(
      fc.property(cases, ([q, answers, sex]) => {
        const result = scoreQuestionnaire(q, answers, sex ? { sex } : {});
        expect(result.score).toBeGreaterThanOrEqual(q.minScore);
        expect(result.score).toBeLessThanOrEqual(q.maxScore);
        // Without words in the catalogue the key part would show instead.
        expect(wordsOf(q, result).bandLabel).not.toMatch(/^band\./);
      }),
    );
  });

  it('answers anything that is not a valid list with a validation error, never a crash (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...questionnaires), fc.anything(), (q, answers) => {
        try {
          scoreQuestionnaire(q, answers);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
        }
      }),
    );
  });
});
