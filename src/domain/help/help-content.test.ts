import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dialableNumber, smsHref } from './dial-links.js';
import { type HelpDirectory, ZHelpDirectorySchema } from './help-directory-schema.js';

const helpDir = new URL('../../../content/en/help/', import.meta.url);
const requiredCountries = ['GB', 'US', 'IE', 'CA', 'AU', 'NZ', 'DE'];

const files = readdirSync(helpDir).filter((name) => name.endsWith('.json'));
const directories = files.map((file) => ({
  file,
  raw: JSON.parse(readFileSync(new URL(file, helpDir), 'utf8')) as unknown,
}));

function parsed(raw: unknown): HelpDirectory {
  return ZHelpDirectorySchema.parse(raw);
}

function allNumbers(directory: HelpDirectory): string[] {
  return [
    directory.emergency.number,
    ...(directory.emergency.alternatives ?? []).map((alt) => alt.number),
    ...directory.lines.flatMap((line) => [
      ...(line.number === undefined ? [] : [line.number]),
      ...(line.otherNumbers ?? []).map((other) => other.number),
      ...(line.text === undefined ? [] : [line.text.number]),
    ]),
  ];
}

describe('help directory files', () => {
  it('include every promised country and the international fallback', () => {
    const names = files.map((file) => file.replace(/\.json$/, ''));
    expect(names).toEqual(expect.arrayContaining([...requiredCountries, 'international']));
  });

  it.each(directories)('$file validates against the schema', ({ raw }) => {
    const result = ZHelpDirectorySchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(directories)('$file is named after the country it describes', ({ file, raw }) => {
    expect(file).toBe(`${parsed(raw).country}.json`);
  });

  it.each(directories)('$file has only numbers that make working tel: links', ({ raw }) => {
    for (const number of allNumbers(parsed(raw))) {
      expect(dialableNumber(number)).toMatch(/^tel:\+?[0-9]{3,15}$/);
    }
  });

  it.each(directories)('$file has text options that make working sms: links', ({ raw }) => {
    for (const line of parsed(raw).lines) {
      if (line.text !== undefined) expect(smsHref(line.text)).toMatch(/^sms:[0-9]+/);
    }
  });

  it.each(directories)('$file tells people what to do while waiting for help', ({ raw }) => {
    const steps = parsed(raw).emergency.whatToDo.join(' ').toLowerCase();
    expect(steps).toContain('recovery position');
    expect(steps).toContain('stay with them');
    expect(steps).toContain('what was taken');
    expect(steps).toContain('anything to eat or drink');
  });

  it.each(directories)('$file offers a crisis line or a directory to find one', ({ raw }) => {
    const purposes = parsed(raw).lines.map((line) => line.purpose);
    expect(purposes.some((p) => p === 'crisis' || p === 'directory')).toBe(true);
  });

  it('uses line ids that are unique across all countries, so other content can point at them', () => {
    const ids = directories.flatMap(({ raw }) => parsed(raw).lines.map((line) => line.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('records every line as checked in November 2026', () => {
    for (const { raw } of directories) {
      for (const line of parsed(raw).lines) expect(line.checked).toBe('2026-11');
    }
  });

  it('says so in the notes wherever a line rests on weaker sources', () => {
    for (const { raw } of directories) {
      const directory = parsed(raw);
      const hasPartly = directory.lines.some((line) => line.confidence === 'partly');
      if (hasPartly && directory.country !== 'international') {
        expect(directory.notes?.length ?? 0).toBeGreaterThan(0);
      }
    }
  });

  it('rejects a file with a number nobody could dial', () => {
    const gb = directories.find(({ file }) => file === 'GB.json');
    const broken = structuredClone(gb?.raw) as { lines: { number?: string }[] };
    const first = broken.lines[0];
    if (first !== undefined) first.number = '0800-HELP-NOW';
    expect(ZHelpDirectorySchema.safeParse(broken).success).toBe(false);
  });
});
