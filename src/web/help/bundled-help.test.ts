import { describe, expect, it } from 'vitest';
import { readHelpDirectories } from '../../../test/support/help-directories.js';
import { bundledHelpDirectories, helpOnDevice } from './bundled-help.js';

describe('the help directory built into the web app', () => {
  it('holds every content/en/help file, so adding a country needs no code', () => {
    expect(bundledHelpDirectories).toEqual(readHelpDirectories());
  });

  it('answers like the server without the network: profile country, then browser language', () => {
    expect(helpOnDevice(undefined, 'IE', 'en-GB').directory.emergency.number).toBe('112');
    expect(helpOnDevice(undefined, null, 'en-US,en').country).toBe('US');
    expect(helpOnDevice(undefined, null, 'fr-FR').country).toBe('international');
  });

  it('shows the UK emergency number and Samaritans when the United Kingdom is chosen', () => {
    const help = helpOnDevice('GB', null, '');
    expect(help.directory.emergency.number).toBe('999');
    expect(help.directory.lines.map((line) => line.name)).toContain('Samaritans');
  });
});
