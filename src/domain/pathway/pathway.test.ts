import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZHelpDirectorySchema } from '../help/help-directory-schema.js';
import { pathwayForCountry, pathwayLineIds } from './pathway-for-country.js';
import { ZPathwaySchema } from './pathway-schema.js';

const contentDir = new URL('../../../content/en/', import.meta.url);
const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, contentDir), 'utf8'));
const raw = readJson('pathway/steps.json');

const helpLineIds = new Set(
  readdirSync(new URL('help/', contentDir))
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => ZHelpDirectorySchema.parse(readJson(`help/${file}`)).lines.map((l) => l.id)),
);

describe('treatment pathway content', () => {
  it('validates against its schema, with every cited source listed', () => {
    const result = ZPathwaySchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('runs from self-check to aftercare in order', () => {
    const ids = ZPathwaySchema.parse(raw).steps.map((step) => step.id);
    expect(ids).toEqual([
      'self-check',
      'first-contact',
      'supervised-withdrawal',
      'talking-therapies',
      'residential-rehab',
      'aftercare',
    ]);
  });

  it('names CBT, motivational interviewing and contingency management among the therapies', () => {
    const therapies = ZPathwaySchema.parse(raw).steps.find((s) => s.id === 'talking-therapies');
    const text = JSON.stringify(therapies?.involves).toLowerCase();
    for (const name of ['cbt', 'motivational interviewing', 'contingency management']) {
      expect(text).toContain(name);
    }
  });

  it('points only at help lines that exist in the help directories', () => {
    const missing = pathwayLineIds(ZPathwaySchema.parse(raw)).filter((id) => !helpLineIds.has(id));
    expect(missing).toEqual([]);
  });

  it('gives every help-directory country its own way in at the first-contact step', () => {
    const step = ZPathwaySchema.parse(raw).steps.find((s) => s.id === 'first-contact');
    expect(step?.reach.map((entry) => entry.country).sort()).toEqual(
      ['AU', 'CA', 'DE', 'GB', 'IE', 'NZ', 'US', 'international'].sort(),
    );
  });

  it('shows UK readers the FRANK service finder and US readers FindTreatment.gov', () => {
    const pathway = ZPathwaySchema.parse(raw);
    const gb = pathwayForCountry(pathway, 'GB').find((s) => s.id === 'first-contact');
    const us = pathwayForCountry(pathway, 'US').find((s) => s.id === 'first-contact');
    expect(gb?.reach.links?.map((l) => l.url)).toContain(
      'https://www.talktofrank.com/get-help/find-support-near-you',
    );
    expect(us?.reach.links?.map((l) => l.url)).toContain('https://findtreatment.gov');
  });

  it('falls back to the international route where a country has no route of its own', () => {
    const local = pathwayForCountry(ZPathwaySchema.parse(raw), 'DE');
    expect(local.find((s) => s.id === 'residential-rehab')?.reach.country).toBe('international');
    expect(local.find((s) => s.id === 'first-contact')?.reach.country).toBe('DE');
  });

  it('rejects a step without an international route', () => {
    const broken = structuredClone(raw) as { steps: { reach: { country: string }[] }[] };
    const step = broken.steps[0];
    if (step !== undefined) step.reach = step.reach.filter((r) => r.country !== 'international');
    expect(ZPathwaySchema.safeParse(broken).success).toBe(false);
  });

  it('never mentions an amount to take', () => {
    const text = JSON.stringify(raw).toLowerCase();
    expect(text).not.toMatch(/\b\d+(\.\d+)?\s?(mg|g|ml|grams?|milligrams?)\b/);
  });
});
