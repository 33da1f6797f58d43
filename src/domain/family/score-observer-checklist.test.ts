import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { ZObserverChecklistSchema } from './observer-checklist-schema.js';
import { scoreObserverChecklist } from './score-observer-checklist.js';

const checklist = ZObserverChecklistSchema.parse(
  JSON.parse(
    readFileSync(new URL('../../../content/en/family/checklist.json', import.meta.url), 'utf8'),
  ),
);
const ordinaryIds = checklist.items.filter((i) => i.urgent === undefined).map((i) => i.id);
const urgentIds = checklist.items.filter((i) => i.urgent !== undefined).map((i) => i.id);

function yesTo(ids: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(ids.map((id) => [id, true]));
}

describe('observer checklist guidance', () => {
  it('gives gentle guidance when nothing is ticked', () => {
    const result = scoreObserverChecklist({ checklist, answers: {} });
    expect(result.tier).toBe('none');
    expect(result.signsSeen).toBe(0);
  });

  it('counts answers of "no" the same as unanswered', () => {
    const allNo = Object.fromEntries(checklist.items.map((i) => [i.id, false]));
    expect(scoreObserverChecklist({ checklist, answers: allNo }).tier).toBe('none');
  });

  it('calls one or two ordinary signs "a few signs"', () => {
    expect(scoreObserverChecklist({ checklist, answers: yesTo(['money']) }).tier).toBe('few');
    expect(scoreObserverChecklist({ checklist, answers: yesTo(['money', 'bladder']) }).tier).toBe(
      'few',
    );
  });

  it('calls three or more ordinary signs "several signs" and suggests seeing a doctor', () => {
    const result = scoreObserverChecklist({
      checklist,
      answers: yesTo(['money', 'bladder', 'detached']),
    });
    expect(result.tier).toBe('several');
    expect(result.guidance.actions).toContain('see-doctor');
  });

  it('asks for help now when they have been hard to wake or breathing strangely', () => {
    const result = scoreObserverChecklist({
      checklist,
      answers: yesTo(['breathing-or-unrousable']),
    });
    expect(result.tier).toBe('urgent');
    expect(result.urgentActions).toEqual(['emergency']);
  });

  it('treats blood in the urine as urgent even with no other signs', () => {
    const result = scoreObserverChecklist({ checklist, answers: yesTo(['blood-in-urine']) });
    expect(result.tier).toBe('urgent');
    expect(result.urgentActions).toEqual(['urgent-medical']);
  });

  it('points to crisis lines when they have talked about harming themselves', () => {
    const result = scoreObserverChecklist({ checklist, answers: yesTo(['self-harm', 'money']) });
    expect(result.tier).toBe('urgent');
    expect(result.urgentSigns).toEqual(['self-harm']);
    expect(result.urgentActions).toEqual(['crisis-line']);
    expect(result.signsSeen).toBe(2);
  });

  it('lists urgent actions most pressing first, each once', () => {
    const result = scoreObserverChecklist({ checklist, answers: yesTo(urgentIds) });
    expect(result.urgentActions).toEqual(['emergency', 'crisis-line', 'urgent-medical']);
  });

  it('always says urgent when any urgent sign is ticked, whatever else is ticked', () => {
    fc.assert(
      fc.property(
        fc.subarray(ordinaryIds),
        fc.subarray(urgentIds, { minLength: 1 }),
        (ordinary, urgent) => {
          const result = scoreObserverChecklist({
            checklist,
            answers: yesTo([...ordinary, ...urgent]),
          });
          expect(result.tier).toBe('urgent');
        },
      ),
    );
  });

  it('never lowers the tier when one more ordinary sign is ticked', () => {
    const rank = { none: 0, few: 1, several: 2, urgent: 3 } as const;
    fc.assert(
      fc.property(fc.subarray(ordinaryIds), fc.constantFrom(...ordinaryIds), (ticked, extra) => {
        const before = scoreObserverChecklist({ checklist, answers: yesTo(ticked) }).tier;
        const after = scoreObserverChecklist({
          checklist,
          answers: yesTo([...ticked, extra]),
        }).tier;
        expect(rank[after]).toBeGreaterThanOrEqual(rank[before]);
      }),
    );
  });

  it('refuses answers to questions that are not on the checklist', () => {
    expect(() => scoreObserverChecklist({ checklist, answers: { 'is-an-addict': true } })).toThrow(
      AppError,
    );
  });

  it('refuses answers that are not yes or no', () => {
    expect(() => scoreObserverChecklist({ checklist, answers: { money: 'maybe' } })).toThrow(
      AppError,
    );
    expect(() => scoreObserverChecklist({ checklist, answers: null })).toThrow(AppError);
  });
});
