import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZHelpDirectorySchema } from '../help/help-directory-schema.js';
import { ZFamilyGuideSchema, referencedLineIds } from './family-guide-schema.js';
import { ZObserverChecklistSchema } from './observer-checklist-schema.js';

const contentDir = new URL('../../../content/en/', import.meta.url);
const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, contentDir), 'utf8'));

const guideRaw = readJson('family/guide.json');
const checklistRaw = readJson('family/checklist.json');

const helpLineIds = new Set(
  readdirSync(new URL('help/', contentDir))
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => ZHelpDirectorySchema.parse(readJson(`help/${file}`)).lines.map((l) => l.id)),
);

describe('family guide content', () => {
  it('validates against its schema, with every cited source listed', () => {
    const result = ZFamilyGuideSchema.safeParse(guideRaw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('covers behaviour, physical, bladder, money and friends', () => {
    const guide = ZFamilyGuideSchema.parse(guideRaw);
    expect(guide.signGroups.map((group) => group.id).sort()).toEqual(
      ['behaviour', 'bladder', 'friends', 'money', 'physical'].sort(),
    );
  });

  it('points only at help lines that exist in the help directories', () => {
    const guide = ZFamilyGuideSchema.parse(guideRaw);
    const missing = referencedLineIds(guide).filter((id) => !helpLineIds.has(id));
    expect(missing).toEqual([]);
  });

  it('lists family support for every help directory country and the fallback', () => {
    const guide = ZFamilyGuideSchema.parse(guideRaw);
    expect(guide.support.map((entry) => entry.country).sort()).toEqual(
      ['AU', 'CA', 'DE', 'GB', 'IE', 'NZ', 'US', 'international'].sort(),
    );
  });

  it('rejects a sign that cites a source the guide does not list', () => {
    const broken = structuredClone(guideRaw) as {
      signGroups: { signs: { sourceIds: string[] }[] }[];
    };
    const sign = broken.signGroups[0]?.signs[0];
    if (sign !== undefined) sign.sourceIds = ['made-up'];
    expect(ZFamilyGuideSchema.safeParse(broken).success).toBe(false);
  });
});

describe('observer checklist content', () => {
  it('validates against its schema, with 8 to 12 items', () => {
    const result = ZObserverChecklistSchema.safeParse(checklistRaw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('marks breathing problems, blood in the urine and talk of self-harm as urgent', () => {
    const checklist = ZObserverChecklistSchema.parse(checklistRaw);
    const urgent = checklist.items.filter((item) => item.urgent !== undefined).map((i) => i.id);
    expect(urgent).toEqual(
      expect.arrayContaining(['breathing-or-unrousable', 'blood-in-urine', 'self-harm']),
    );
  });

  it('words its guidance as guidance, never as a label for the person', () => {
    const checklist = ZObserverChecklistSchema.parse(checklistRaw);
    const text = JSON.stringify(checklist.guidance).toLowerCase();
    for (const word of ['addict', 'abuser', 'junkie', 'is using', 'has a problem']) {
      expect(text).not.toContain(word);
    }
  });
});
