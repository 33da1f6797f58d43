import { describe, expect, it } from 'vitest';
import { issueRegimen } from '../../../test/support/issue-regimen.js';
import { signUpPerson, useTestApp } from '../../../test/support/test-app.js';

const testApp = useTestApp();

const simulate = (payload: unknown) =>
  testApp.app.inject({ method: 'POST', url: '/api/simulate', payload: payload as object });

const minutesAgoIso = (min: number) => new Date(Date.now() - min * 60_000).toISOString();

async function logDose(cookie: string, dose: { takenAt: string; mg: number; route: string }) {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/doses',
    payload: dose,
    headers: { cookie },
  });
  expect(response.statusCode).toBe(201);
}

const getLevels = (cookie: string, query = '') =>
  testApp.app.inject({ method: 'GET', url: `/api/levels${query}`, headers: { cookie } });

describe('POST /api/simulate', () => {
  it('simulates a regimen without an account, one point per step', async () => {
    const response = await simulate(issueRegimen);
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.timesMin).toHaveLength(361);
    expect(result.plasmaNgPerMl).toHaveLength(361);
    expect(result.band.p95NgPerMl).toHaveLength(361);
    expect(result.peak.ngPerMl).toBeGreaterThan(100);
    expect(result.landmarks.map((landmark: { id: string }) => landmark.id)).toEqual([
      'analgesic',
      'dissociative',
      'anaesthetic',
    ]);
    expect(result.notes[0]).toMatch(/Never a guide to how much to take/);
    expect(result.model).toMatchObject({ id: 'herd-racemic', reason: 'racemic' });
    expect(result.model.errorText).toMatch(/published study groups/);
  });

  it('uses the model named in the regimen, or the esketamine model for esketamine spray alone', async () => {
    const named = (await simulate({ ...issueRegimen, model: 'domino' })).json();
    expect(named.model).toMatchObject({ id: 'domino', reason: 'named' });
    const esketamine = await simulate({
      ...issueRegimen,
      doses: [{ atMin: 0, mg: 56, route: 'esketamine-nasal' }],
    });
    expect(esketamine.statusCode).toBe(200);
    expect(esketamine.json().model).toMatchObject({
      id: 'perez-ruixo-esketamine',
      reason: 'esketamine',
    });
  });

  it('refuses esketamine spray mixed with racemic ketamine without a model, with 400', async () => {
    const response = await simulate({
      ...issueRegimen,
      doses: [...issueRegimen.doses, { atMin: 200, mg: 28, route: 'esketamine-nasal' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      {
        path: 'model',
        message: expect.stringMatching(/mix esketamine nasal spray with racemic ketamine/),
      },
    ]);
  });

  it('refuses bad input with 400 and a detail for each field', async () => {
    const response = await simulate({
      ...issueRegimen,
      weightKg: 5,
      doses: [{ atMin: 0, mg: -1, route: 'smoked' }],
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('validation_failed');
    const paths = error.details.map((detail: { path: string }) => detail.path);
    expect(paths).toEqual(expect.arrayContaining(['weightKg', 'doses[0].mg', 'doses[0].route']));
  });

  it('refuses an infusion by a route other than intravenous', async () => {
    const response = await simulate({
      ...issueRegimen,
      doses: [{ atMin: 0, mg: 50, route: 'oral', durationMin: 30 }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('doses[0].durationMin');
  });

  it('refuses more than 20,000 points, 2 days or 50 doses with 400 and says what the limit is', async () => {
    const manyPoints = await simulate({ ...issueRegimen, untilMin: 2_000, stepMin: 0.1 });
    expect(manyPoints.statusCode).toBe(400);
    expect(manyPoints.json().error.message).toMatch(/20,000 points and 2 days/);
    const tooLong = await simulate({ ...issueRegimen, untilMin: 3 * 24 * 60, stepMin: 10 });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details[0]).toMatchObject({ path: 'untilMin' });
    const atTheLimit = await simulate({ ...issueRegimen, untilMin: 2 * 24 * 60, stepMin: 0.15 });
    expect(atTheLimit.statusCode).toBe(200);
    const manyDoses = await simulate({
      ...issueRegimen,
      doses: Array.from({ length: 51 }, (_, i) => ({ atMin: i, mg: 1, route: 'oral' })),
    });
    expect(manyDoses.statusCode).toBe(400);
    expect(manyDoses.json().error.message).toMatch(/50 doses/);
  });

  it('answers nonsense with 400, never 5xx', async () => {
    for (const payload of [null, [], 'text', { doses: 'many' }, { ...issueRegimen, stepMin: 0 }]) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/simulate',
        payload: JSON.stringify(payload),
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });
});

describe('GET /api/levels', () => {
  it('needs an account', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/levels' });
    expect(response.statusCode).toBe(401);
  });

  it('shows a flat curve from 48 hours ago and an assumed 70 kg for a new person', async () => {
    const { cookie } = await signUpPerson(testApp.app);
    const response = await getLevels(cookie);
    expect(response.statusCode).toBe(200);
    const levels = response.json();
    expect(levels).toMatchObject({ weightKg: 70, assumedWeight: true, doses: [], whatIf: null });
    expect(levels.nowMin).toBeCloseTo(48 * 60, 0);
    expect(levels.summary).toMatchObject({ nowNgPerMl: 0, aboveBands: [], highestBandNow: null });
    expect(Math.max(...levels.result.plasmaNgPerMl)).toBe(0);
  });

  it('simulates the doses of the last 48 hours with now marked', async () => {
    const { cookie } = await signUpPerson(testApp.app);
    await logDose(cookie, { takenAt: minutesAgoIso(20), mg: 100, route: 'insufflated' });
    await logDose(cookie, { takenAt: minutesAgoIso(50 * 60), mg: 100, route: 'insufflated' });
    const levels = (await getLevels(cookie)).json();
    expect(levels.doses).toHaveLength(1);
    expect(levels.nowMin).toBeGreaterThan(19);
    expect(levels.nowMin).toBeLessThan(22);
    expect(Date.parse(levels.startAt)).toBeCloseTo(Date.parse(levels.doses[0].takenAt), -3);
    expect(levels.summary.highestBandNow).toBe('dissociative');
    const dissociative = levels.summary.aboveBands.find(
      (entry: { band: string }) => entry.band === 'dissociative',
    );
    expect(Date.parse(dissociative.untilAt)).toBeGreaterThan(Date.now());
  });

  it("never shows another person's doses", async () => {
    const someone = await signUpPerson(testApp.app);
    const other = await signUpPerson(testApp.app);
    await logDose(other.cookie, { takenAt: minutesAgoIso(15), mg: 200, route: 'intramuscular' });
    const levels = (await getLevels(someone.cookie)).json();
    expect(levels.doses).toEqual([]);
    expect(levels.summary.nowNgPerMl).toBe(0);
  });

  it('uses the weight from the profile', async () => {
    const { cookie } = await signUpPerson(testApp.app);
    const takenAt = minutesAgoIso(20);
    await logDose(cookie, { takenAt, mg: 60, route: 'insufflated' });
    const at70 = (await getLevels(cookie)).json();
    const patch = await testApp.app.inject({
      method: 'PATCH',
      url: '/api/me',
      payload: { weightKg: 50 },
      headers: { cookie },
    });
    expect(patch.statusCode).toBe(200);
    const at50 = (await getLevels(cookie)).json();
    expect(at50).toMatchObject({ weightKg: 50, assumedWeight: false });
    expect(at50.summary.nowNgPerMl).toBeGreaterThan(at70.summary.nowNgPerMl);
  });

  it('adds a hypothetical redose to the curve ahead and logs nothing', async () => {
    const { cookie } = await signUpPerson(testApp.app);
    await logDose(cookie, { takenAt: minutesAgoIso(20), mg: 50, route: 'insufflated' });
    const response = await getLevels(
      cookie,
      '?whatIfMg=100&whatIfRoute=intravenous&whatIfInMin=30',
    );
    expect(response.statusCode).toBe(200);
    const levels = response.json();
    expect(levels.whatIf).toMatchObject({ mg: 100, route: 'intravenous' });
    expect(Math.abs(levels.whatIf.atMin - (levels.nowMin + 30))).toBeLessThanOrEqual(1);
    expect(levels.summary.highestBandAhead).toBe('anaesthetic');
    const doses = await testApp.app.inject({
      method: 'GET',
      url: '/api/doses',
      headers: { cookie },
    });
    expect(doses.json().doses).toHaveLength(1);
  });

  it('refuses an incomplete or impossible what-if with 400', async () => {
    const { cookie } = await signUpPerson(testApp.app);
    for (const query of [
      '?whatIfMg=40',
      '?whatIfMg=40&whatIfRoute=oral',
      '?whatIfMg=-5&whatIfRoute=oral&whatIfInMin=0',
      '?whatIfMg=abc&whatIfRoute=oral&whatIfInMin=0',
      '?whatIfMg=40&whatIfRoute=smoked&whatIfInMin=0',
      '?whatIfMg=40&whatIfRoute=oral&whatIfInMin=-10',
      '?whatIfMg=40&whatIfRoute=oral&whatIfInMin=100000',
      '?whatIfMg=99999&whatIfRoute=oral&whatIfInMin=0',
    ]) {
      const response = await getLevels(cookie, query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    }
  });
});
