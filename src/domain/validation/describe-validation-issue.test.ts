import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeValidationIssue } from './describe-validation-issue.js';

/** The words for the first problem zod finds with `value` under `schema`. */
function wordsFor(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a problem');
  return describeValidationIssue(result.error.issues[0]!);
}

describe('schema problems in plain words', () => {
  it('says a number limit without symbols', () => {
    expect(wordsFor(z.number().max(24), 30)).toBe('at most 24');
    expect(wordsFor(z.number().min(0), -1)).toBe('at least 0');
    expect(wordsFor(z.number().positive(), 0)).toBe('more than 0');
    expect(wordsFor(z.number().lt(10), 10)).toBe('less than 10');
  });

  it('counts characters and items for text and lists', () => {
    expect(wordsFor(z.string().max(5), 'too long')).toBe('at most 5 characters');
    expect(wordsFor(z.string().min(12), 'short')).toBe('at least 12 characters');
    expect(wordsFor(z.array(z.string()).max(1), ['a', 'b'])).toBe('at most 1 item');
  });

  it('calls an empty or missing answer required', () => {
    expect(wordsFor(z.string().min(1), '')).toBe('required');
    expect(wordsFor(z.object({ mg: z.number() }), {})).toBe('required');
  });

  it('names the kind of answer expected', () => {
    expect(wordsFor(z.number(), 'ten')).toBe('a number');
    expect(wordsFor(z.number().int(), 1.5)).toBe('a whole number');
    expect(wordsFor(z.email(), 'sam')).toBe('an email address such as name@example.org');
    expect(wordsFor(z.iso.date(), '11/6')).toBe('a date');
    expect(wordsFor(z.enum(['oral', 'insufflated']), 'smoked')).toBe('one of oral, insufflated');
  });

  it('keeps a message the schema author wrote for people', () => {
    expect(wordsFor(z.string().regex(/^[A-Z]{2}$/, 'two capital letters, e.g. GB'), 'uk')).toBe(
      'two capital letters, e.g. GB',
    );
  });

  it('never passes on zod developer wording', () => {
    const samples: Array<[z.ZodType, unknown]> = [
      [z.number().max(24), 99],
      [z.string().regex(/^a$/), 'b'],
      [z.object({}).strict(), { extra: 1 }],
      [z.iso.datetime(), 'yesterday'],
      [z.boolean(), 'yes'],
    ];
    for (const [schema, value] of samples) {
      expect(wordsFor(schema, value)).not.toMatch(/Too big|Invalid|expected|[<>]=?|\/\^/);
    }
  });
});
