import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../history.js';
import { checkInDaysAgo, input, NOW } from '../test-helpers/build-input.js';
import type { RiskInput } from '../types.js';
import { detectSelfHarm } from './detect-self-harm.js';
import { wordsOf } from '../test-helpers/flag-words.js';

const run = (parts: Partial<RiskInput>) => detectSelfHarm(prepareHistory(input(parts)));
const phq9 = (daysAgo: number, item9: number, questionnaireId = 'phq-9') => ({
  questionnaireId,
  takenAt: new Date(NOW.getTime() - daysAgo * 86_400_000),
  score: 10 + item9,
  answers: [2, 1, 1, 1, 1, 1, 1, 2, item9],
});

describe('detectSelfHarm', () => {
  it('raises an urgent flag that puts crisis lines first for self-harm thoughts in a check-in', () => {
    const [flag] = run({ checkIns: [checkInDaysAgo(2, { selfHarmThoughts: true })] });
    expect(flag).toMatchObject({
      code: 'self-harm-thoughts',
      severity: 'urgent',
      articleSlug: 'mental-health-and-crisis',
      helpNeed: 'crisis',
    });
    expect(wordsOf(flag)?.action.startsWith('Call or text a crisis line now')).toBe(true);
  });

  it('looks back 14 days', () => {
    expect(run({ checkIns: [checkInDaysAgo(13, { selfHarmThoughts: true })] })).toHaveLength(1);
    expect(run({ checkIns: [checkInDaysAgo(14, { selfHarmThoughts: true })] })).toEqual([]);
    expect(run({ questionnaireResults: [phq9(13.9, 1)] })).toHaveLength(1);
    expect(run({ questionnaireResults: [phq9(14.1, 1)] })).toEqual([]);
  });

  it('raises the flag for any answer above 0 on PHQ-9 item 9, whatever the total', () => {
    expect(run({ questionnaireResults: [phq9(1, 0)] })).toEqual([]);
    expect(run({ questionnaireResults: [phq9(1, 1)] })).toHaveLength(1);
    expect(wordsOf(run({ questionnaireResults: [phq9(1, 3)] })[0])?.why).toContain('PHQ-9');
  });

  it('ignores the ninth answer of other questionnaires', () => {
    expect(run({ questionnaireResults: [phq9(1, 3, 'gad-7')] })).toEqual([]);
  });

  it('says nothing when check-ins say no', () => {
    expect(run({ checkIns: [checkInDaysAgo(1, { selfHarmThoughts: false })] })).toEqual([]);
  });
});
