import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';

const testApp = useTestApp();

const get = (url: string, headers: Record<string, string> = {}) =>
  testApp.app.inject({ method: 'GET', url, headers });

type Step = {
  id: string;
  involves: unknown[];
  whatToExpect: unknown[];
  reach: { country: string; text: string };
  lines: Array<{ id: string }>;
};

describe('treatment pathway', () => {
  it('runs from self-check to aftercare with what each step involves and what to expect', async () => {
    const response = await get('/api/pathway?country=GB');
    expect(response.statusCode).toBe(200);
    const steps: Step[] = response.json().steps;
    expect(steps[0]?.id).toBe('self-check');
    expect(steps.at(-1)?.id).toBe('aftercare');
    for (const step of steps) {
      expect(step.involves.length).toBeGreaterThan(0);
      expect(step.whatToExpect.length).toBeGreaterThan(0);
      expect(step.reach.text).not.toBe('');
    }
  });

  it("shows the person's country's route and its help lines, or the international one", async () => {
    const gb = (await get('/api/pathway?country=GB')).json();
    expect(gb.country).toBe('GB');
    const firstContact = gb.steps.find((step: Step) => step.id === 'first-contact');
    expect(['GB', 'international']).toContain(firstContact.reach.country);
    const allLines = gb.steps.flatMap((step: Step) => step.lines.map((line) => line.id));
    expect(allLines.some((id: string) => id.startsWith('gb-'))).toBe(true);
    const unknown = (await get('/api/pathway?country=FR')).json();
    expect(unknown.country).toBe('international');
    for (const step of unknown.steps as Step[]) expect(step.reach.country).toBe('international');
  });

  it('uses the browser language region when no country is given', async () => {
    expect((await get('/api/pathway', { 'accept-language': 'en-AU' })).json().country).toBe('AU');
  });

  it('refuses a malformed country code with 400', async () => {
    expect((await get('/api/pathway?country=G1')).statusCode).toBe(400);
  });
});
