import { describe, expect, it } from 'vitest';
import { readHelpDirectories } from '../../../test/support/help-directories.js';
import { HELP_NEEDS, linesForNeed } from './lines-for-need.js';

const CRISIS_NEED = HELP_NEEDS.crisis;
const URGENT_CARE_NEED = HELP_NEEDS['urgent-care'];

const directories = readHelpDirectories();
const directory = (country: string) => {
  const found = directories.get(country);
  if (!found) throw new Error(`no directory for ${country}`);
  return found;
};

describe('help lines for a need', () => {
  it('gives the UK crisis lines (Samaritans, Shout) for thoughts of self-harm', () => {
    expect(linesForNeed(directory('GB'), CRISIS_NEED).map((line) => line.id)).toEqual([
      'gb-samaritans',
      'gb-shout',
    ]);
  });

  it('gives every directory something to offer someone in crisis, even the international one', () => {
    for (const entry of directories.values()) {
      expect(linesForNeed(entry, CRISIS_NEED).length, entry.country).toBeGreaterThan(0);
    }
    expect(linesForNeed(directory('international'), CRISIS_NEED)[0]?.purpose).toBe('directory');
  });

  it('points urgent care in the UK at NHS 111, and offers nothing made up where none is listed', () => {
    expect(linesForNeed(directory('GB'), URGENT_CARE_NEED).map((line) => line.number)).toEqual([
      '111',
    ]);
    expect(linesForNeed(directory('US'), URGENT_CARE_NEED)).toEqual([]);
  });
});
