import { describe, expect, it } from 'vitest';
import { scoreObserverChecklist } from '../../domain/family/score-observer-checklist.js';
import { signUpPerson, useTestApp } from '../../../test/support/test-app.js';

const testApp = useTestApp();

const get = (url: string, headers: Record<string, string> = {}) =>
  testApp.app.inject({ method: 'GET', url, headers });
const postChecklist = (payload: unknown) =>
  testApp.app.inject({
    method: 'POST',
    url: '/api/family/checklist',
    payload: payload as object,
  });

describe('family guide', () => {
  it('gives signs in groups, conversation and self-care tips, and the checklist, without an account', async () => {
    const response = await get('/api/family/guide?country=GB');
    expect(response.statusCode).toBe(200);
    const guide = response.json();
    expect(guide.signGroups.map((group: { id: string }) => group.id)).toEqual(
      expect.arrayContaining(['behaviour', 'physical', 'bladder', 'money', 'friends']),
    );
    expect(guide.conversation.tips.length).toBeGreaterThan(0);
    expect(guide.selfCare.tips.length).toBeGreaterThan(0);
    expect(guide.checklist.items.length).toBeGreaterThanOrEqual(8);
  });

  it('carries the whole checklist, so the web app gives the same guidance on the device', async () => {
    const { checklist } = (await get('/api/family/guide?country=GB')).json();
    for (const answers of [{}, { detached: true }, { [checklist.items[0].id]: true }]) {
      const onDevice = scoreObserverChecklist({ checklist, answers });
      expect(onDevice).toEqual((await postChecklist({ answers })).json());
    }
    const urgent = checklist.items.find((item: { urgent?: string }) => item.urgent);
    expect(scoreObserverChecklist({ checklist, answers: { [urgent.id]: true } }).tier).toBe(
      'urgent',
    );
  });

  it("lists the country's support with help lines resolved from the help directory", async () => {
    const guide = (await get('/api/family/guide?country=GB')).json();
    expect(guide.country).toBe('GB');
    const frank = guide.support.options.find(
      (option: { line?: { id: string } }) => option.line?.id === 'gb-frank',
    );
    expect(frank.line.number).toMatch(/\d/);
    expect(frank).not.toHaveProperty('lineId');
  });

  it('resolves the country like /api/help: request, profile, browser, fallback', async () => {
    expect((await get('/api/family/guide', { 'accept-language': 'en-US' })).json().country).toBe(
      'US',
    );
    expect((await get('/api/family/guide?country=FR')).json().country).toBe('international');
    const { cookie } = await signUpPerson(testApp.app);
    await testApp.app.inject({
      method: 'PATCH',
      url: '/api/me',
      payload: { country: 'IE' },
      headers: { cookie },
    });
    expect((await get('/api/family/guide', { cookie })).json().country).toBe('IE');
  });

  it('refuses a malformed country code with 400', async () => {
    for (const country of ['GBR', '12', 'x'.repeat(30)]) {
      expect((await get(`/api/family/guide?country=${country}`)).statusCode).toBe(400);
    }
  });
});

describe('observer checklist', () => {
  it('answers "none" guidance when nothing has been seen', async () => {
    const response = await postChecklist({ answers: {} });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ tier: 'none', signsSeen: 0 });
  });

  it('gives guidance with next steps for a few signs, never a verdict', async () => {
    const response = await postChecklist({ answers: { detached: true, 'mood-change': false } });
    expect(response.json()).toMatchObject({
      tier: 'few',
      signsSeen: 1,
      guidance: { nextSteps: expect.any(Array), actions: expect.any(Array) },
    });
  });

  it('says to get help now when an urgent sign is seen', async () => {
    const guide = (await get('/api/family/guide')).json();
    const urgent = guide.checklist.items.find((item: { urgent?: string }) => item.urgent);
    const response = await postChecklist({ answers: { [urgent.id]: true } });
    expect(response.json().tier).toBe('urgent');
    expect(response.json().urgentActions).toContain(urgent.urgent);
  });

  it('refuses bad input with 400', async () => {
    for (const payload of [
      {},
      { answers: [] },
      { answers: { detached: 'yes' } },
      { answers: { 'not-an-item': true } },
      { answers: {}, extra: 1 },
    ]) {
      const response = await postChecklist(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    }
  });
});
