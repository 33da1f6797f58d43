import { describe, expect, it } from 'vitest';
import type { ScoreBand } from './questionnaire-definition.js';
import { getQuestionnaire, questionnaires } from './registry.js';
import { catalogue } from '../i18n/catalogue.js';
import { questionnaireMessageKey } from './result-words.js';

function expectBandsCover(bands: ScoreBand[], minScore: number, maxScore: number) {
  expect(bands[0]?.from).toBe(minScore);
  expect(bands.at(-1)?.to).toBe(maxScore);
  bands.forEach((band, index) => {
    expect(band.to).toBeGreaterThanOrEqual(band.from);
    const next = bands[index + 1];
    if (next) expect(next.from).toBe(band.to + 1);
  });
}

const english = catalogue('en');

describe('questionnaire data', () => {
  it('offers the five self-checks by their ids', () => {
    expect(questionnaires.map((q) => q.id)).toEqual([
      'phq-9',
      'gad-7',
      'audit-c',
      'sds-ketamine',
      'dsm5-pcp',
    ]);
    for (const q of questionnaires) expect(getQuestionnaire(q.id)).toBe(q);
  });

  it('returns nothing for an unknown questionnaire id', () => {
    expect(getQuestionnaire('dast-10')).toBeUndefined();
    expect(getQuestionnaire('')).toBeUndefined();
  });

  it('has the item counts the reference gives', () => {
    const counts = Object.fromEntries(questionnaires.map((q) => [q.id, q.items.length]));
    expect(counts).toEqual({
      'phq-9': 9,
      'gad-7': 7,
      'audit-c': 3,
      'sds-ketamine': 5,
      'dsm5-pcp': 10,
    });
  });

  it.each(questionnaires.map((q) => [q.id, q] as const))(
    '%s: min and max scores match its answer options',
    (_id, q) => {
      const sumOf = (pick: (scores: number[]) => number) =>
        q.items.reduce((sum, item) => sum + pick(item.options.map((o) => o.score)), 0);
      expect(q.minScore).toBe(sumOf((scores) => Math.min(...scores)));
      expect(q.maxScore).toBe(sumOf((scores) => Math.max(...scores)));
    },
  );

  it.each(questionnaires.map((q) => [q.id, q] as const))(
    '%s: bands cover every possible score with no gaps or overlaps',
    (_id, q) => {
      expectBandsCover(q.bands, q.minScore, q.maxScore);
      for (const bands of Object.values(q.bandsBySex ?? {})) {
        expectBandsCover(bands, q.minScore, q.maxScore);
      }
    },
  );

  it.each(questionnaires.map((q) => [q.id, q] as const))(
    '%s: has unique item ids, flag rules that point at real items, a source and a not-a-diagnosis text',
    (_id, q) => {
      const itemIds = q.items.map((item) => item.id);
      expect(new Set(itemIds).size).toBe(itemIds.length);
      for (const rule of q.flagRules) {
        if ('itemId' in rule.when) expect(itemIds).toContain(rule.when.itemId);
      }
      expect(q.sources.length).toBeGreaterThan(0);
      expect(q.licence).not.toBe('');
      expect(english.fromData(questionnaireMessageKey(q.id, 'notADiagnosis'))).toMatch(
        /not a diagnosis/,
      );
    },
  );

  it.each(questionnaires.map((q) => [q.id, q] as const))(
    '%s: has words in the catalogue for every band, next step and flag, and no id twice',
    (_id, q) => {
      const bands = [q.bands, ...Object.values(q.bandsBySex ?? {})].flat();
      const bandIds = bands.map((band) => band.id);
      expect(new Set(bandIds).size).toBe(bandIds.length);
      const has = (part: string) =>
        english.fromData(questionnaireMessageKey(q.id, part), q.messageValues);
      for (const band of bands) {
        expect(has(`band.${band.id}.label`), band.id).toBeDefined();
        expect(has(`band.${band.id}.meaning`), band.id).toBeDefined();
        expect(has(`next.${band.nextStepId ?? band.id}`), band.id).toBeDefined();
        expect(has(`band.${band.id}.meaning`)).not.toMatch(/\{\w+\}/);
      }
      for (const rule of q.flagRules) {
        expect(has(`flag.${rule.code}`), rule.code).toBeDefined();
        // A flag's own next step shares the namespace with the bands' next steps.
        if (rule.replacesNextStep) {
          expect(has(`next.${rule.code}`), rule.code).toBeDefined();
          expect(bands.map((band) => band.nextStepId ?? band.id)).not.toContain(rule.code);
        }
      }
    },
  );

  it('uses the standard answer scale on PHQ-9 and GAD-7', () => {
    for (const id of ['phq-9', 'gad-7']) {
      for (const item of getQuestionnaire(id)?.items ?? []) {
        expect(item.options).toEqual([
          { label: 'Not at all', score: 0 },
          { label: 'Several days', score: 1 },
          { label: 'More than half the days', score: 2 },
          { label: 'Nearly every day', score: 3 },
        ]);
      }
    }
  });

  it('carries the LOINC codes the reference gives', () => {
    expect(getQuestionnaire('phq-9')?.loinc).toEqual({ panel: '44249-1', total: '44261-6' });
    expect(getQuestionnaire('gad-7')?.loinc).toEqual({ panel: '69737-5', total: '70274-6' });
    expect(getQuestionnaire('audit-c')?.loinc).toEqual({ panel: '72109-2', total: '75626-2' });
    expect(getQuestionnaire('sds-ketamine')?.loinc).toBeUndefined();
    expect(getQuestionnaire('dsm5-pcp')?.loinc).toBeUndefined();
  });
});
