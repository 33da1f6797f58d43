import { describe, expect, it } from 'vitest';
import { isInteractionQuestion } from './interaction-question.js';

describe('questions about taking ketamine with something else', () => {
  it.each([
    'is it safe with my antidepressants',
    'can I drink on it',
    'mixing with drink',
    'K and sertraline together?',
    'can you take ketamine with xanax',
    'is it ok on k with weed',
  ])('recognises "%s"', (question) => {
    expect(isInteractionQuestion(question)).toBe(true);
  });

  it.each([
    'k cramps',
    "can't sleep after stopping",
    'alcohol',
    'how long does ketamine last',
    'what to do with my friend',
  ])('leaves "%s" to the ordinary search', (question) => {
    expect(isInteractionQuestion(question)).toBe(false);
  });
});
