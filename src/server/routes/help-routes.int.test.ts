import { describe, expect, it } from 'vitest';
import { signUpPerson, useTestApp } from '../../../test/support/test-app.js';

const testApp = useTestApp();

const get = (url: string) => testApp.app.inject({ method: 'GET', url });

describe('choosing "Other countries" on the help, family and treatment pages', () => {
  it.each(['/api/help', '/api/family/guide', '/api/pathway'])(
    '%s accepts country=international and answers with the international directory',
    async (path) => {
      const response = await get(`${path}?country=international`);
      expect(response.statusCode).toBe(200);
      expect(response.json().country).toBe('international');
    },
  );

  it('gives 112 and the directories that can find a local line', async () => {
    const help = (await get('/api/help?country=international')).json();
    expect(help.directory.emergency.number).toBe('112');
    expect(help.directory.lines.map((line: { id: string }) => line.id)).toContain(
      'intl-find-a-helpline',
    );
  });
});

describe('country codes in ?country=', () => {
  it('says when a real country has no local directory yet', async () => {
    const help = (await get('/api/help?country=fr')).json();
    expect(help.country).toBe('international');
    expect(help.noLocalDirectoryFor).toBe('FR');
    expect((await get('/api/help?country=GB')).json()).not.toHaveProperty('noLocalDirectoryFor');
  });

  it.each(['UN', 'ZZ', 'GBR', 'intl'])(
    'refuses %s (not an ISO 3166-1 code) with a 400',
    async (code) => {
      const response = await get(`/api/help?country=${code}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    },
  );
});

describe('the profile country', () => {
  it('takes only real countries: "United Kingdom" typed as "UN" is refused, not saved', async () => {
    const { cookie } = await signUpPerson(testApp.app);
    const update = (country: string) =>
      testApp.app.inject({
        method: 'PATCH',
        url: '/api/me',
        payload: { country },
        headers: { cookie },
      });
    for (const country of ['UN', 'ZZ', 'international', 'United Kingdom']) {
      const refused = await update(country);
      expect(refused.statusCode, country).toBe(400);
      expect(refused.json().error.code).toBe('validation_failed');
    }
    expect((await update('uk')).json().account.profile.country).toBe('GB');
  });

  it('says on Get help when the saved country has no local directory yet', async () => {
    const { cookie } = await signUpPerson(testApp.app);
    await testApp.app.inject({
      method: 'PATCH',
      url: '/api/me',
      payload: { country: 'JP' },
      headers: { cookie },
    });
    const help = (
      await testApp.app.inject({ method: 'GET', url: '/api/help', headers: { cookie } })
    ).json();
    expect(help).toMatchObject({ country: 'international', noLocalDirectoryFor: 'JP' });
  });
});
