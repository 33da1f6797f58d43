import { describe, expect, it } from 'vitest';
import { readHelpDirectories } from '../../../test/support/help-directories.js';
import { AppError } from '../errors.js';
import { findHelp } from './find-help.js';

const directories = readHelpDirectories();

describe('finding the help directory to show', () => {
  it('gives the international directory when it is chosen, with 112 as the number', () => {
    const help = findHelp(directories, { requested: 'international', profileCountry: 'GB' });
    expect(help.country).toBe('international');
    expect(help.directory.emergency.number).toBe('112');
    expect(help.noLocalDirectoryFor).toBeUndefined();
  });

  it('offers "Other countries" among the choices, so choosing it can always be sent back', () => {
    const choices = findHelp(directories, {}).available.map((entry) => entry.country);
    expect(choices).toContain('international');
    for (const choice of choices) {
      expect(findHelp(directories, { requested: choice }).country).toBe(choice);
    }
  });

  it('says when a real country has no local directory yet', () => {
    const help = findHelp(directories, { requested: 'FR' });
    expect(help.country).toBe('international');
    expect(help.noLocalDirectoryFor).toBe('FR');
    expect(findHelp(directories, { profileCountry: 'JP' }).noLocalDirectoryFor).toBe('JP');
    expect(findHelp(directories, { requested: 'GB' }).noLocalDirectoryFor).toBeUndefined();
  });

  it('refuses a code that is not a country with a plain message', () => {
    for (const requested of ['UN', 'GBR', 'zz', '12']) {
      expect(() => findHelp(directories, { requested })).toThrow(AppError);
    }
  });
});
