import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRows as countTableRows,
  personalTables,
  createTestApp,
  signUpPerson,
  strongPassword,
  type TestApp,
} from '../../../test/support/test-app.js';

let testApp: TestApp;
let alice: Awaited<ReturnType<typeof signUpPerson>>;
let bob: Awaited<ReturnType<typeof signUpPerson>>;

beforeAll(async () => {
  testApp = await createTestApp();
  alice = await signUpPerson(testApp.app);
  bob = await signUpPerson(testApp.app);
});
afterAll(() => testApp.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, cookie?: string, payload?: unknown) =>
  testApp.app.inject({
    method,
    url,
    ...(cookie ? { headers: { cookie } } : {}),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const today = () => new Date().toISOString().slice(0, 10);
const countRows = (table: Parameters<typeof countTableRows>[1], userId: string) =>
  countTableRows(testApp.database.db, table, userId);

describe('dose log', () => {
  it('logs, lists newest first, reads, corrects and deletes a dose', async () => {
    const first = await call('POST', '/api/doses', alice.cookie, {
      takenAt: hoursAgo(5),
      mg: 40,
      route: 'insufflated',
      purpose: 'recreational',
      coUse: [{ substance: 'Xanax', amount: 1, unit: 'mg' }, { substance: 'mystery powder' }],
      setting: 'at home',
    });
    expect(first.statusCode).toBe(201);
    const dose = first.json().dose;
    expect(dose).toMatchObject({ mg: 40, route: 'insufflated', setting: 'at home' });
    expect(dose.coUse[0].resolvedAs).toEqual({ substance: 'alprazolam', class: 'benzodiazepines' });
    expect(dose.coUse[1].resolvedAs).toBeNull();

    const second = (
      await call('POST', '/api/doses', alice.cookie, {
        takenAt: hoursAgo(4),
        mg: 30,
        route: 'insufflated',
      })
    ).json().dose;
    const list = (await call('GET', '/api/doses?limit=1', alice.cookie)).json();
    expect(list.doses.map((entry: { id: string }) => entry.id)).toEqual([second.id]);
    expect(list.nextCursor).toEqual(expect.any(String));
    const next = (
      await call(
        'GET',
        `/api/doses?limit=1&before=${encodeURIComponent(list.nextCursor)}`,
        alice.cookie,
      )
    ).json();
    expect(next.doses[0].id).toBe(dose.id);

    expect((await call('GET', `/api/doses/${dose.id}`, alice.cookie)).json().dose.id).toBe(dose.id);
    const patched = await call('PATCH', `/api/doses/${dose.id}`, alice.cookie, {
      mg: 45,
      notes: 'corrected',
    });
    expect(patched.json().dose).toMatchObject({
      mg: 45,
      notes: 'corrected',
      route: 'insufflated',
      setting: 'at home',
    });
    expect((await call('DELETE', `/api/doses/${second.id}`, alice.cookie)).statusCode).toBe(204);
    expect((await call('GET', `/api/doses/${second.id}`, alice.cookie)).statusCode).toBe(404);
  });

  it('pages through doses logged at the same time without skipping or repeating one', async () => {
    const person = await signUpPerson(testApp.app);
    const sameTime = hoursAgo(3);
    const ids = [];
    for (let index = 0; index < 7; index++) {
      const response = await call('POST', '/api/doses', person.cookie, {
        takenAt: sameTime,
        mg: 10 + index,
        route: 'oral',
      });
      ids.push(response.json().dose.id as string);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { doses: Array<{ id: string }>; nextCursor: string | null } = (
        await call(
          'GET',
          `/api/doses?limit=2${cursor ? `&before=${encodeURIComponent(cursor)}` : ''}`,
          person.cookie,
        )
      ).json();
      seen.push(...page.doses.map((dose) => dose.id));
      cursor = page.nextCursor;
    } while (cursor !== null && seen.length < 20);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(ids));
    const forged = await call('GET', '/api/doses?before=2026-01-01T00:00:00Z', person.cookie);
    expect(forged.statusCode).toBe(400);
  });

  it('refuses impossible doses with a clear 400 and stores nothing', async () => {
    const before = await countRows('doses', alice.userId);
    const bad = [
      { takenAt: hoursAgo(1), mg: 0, route: 'oral' },
      { takenAt: hoursAgo(1), mg: 10_001, route: 'oral' },
      { takenAt: hoursAgo(1), mg: 20, route: 'smoked' },
      { takenAt: hoursAgo(-30), mg: 20, route: 'oral' },
      { takenAt: 'yesterday', mg: 20, route: 'oral' },
      { takenAt: hoursAgo(1), mg: '20', route: 'oral' },
      { takenAt: hoursAgo(1), mg: 20, route: 'oral', coUse: [{ substance: '' }] },
      { takenAt: hoursAgo(1), mg: 20, route: 'oral', admin: true },
      { takenAt: hoursAgo(1), mg: 20, route: 'oral', notes: 'before\u0000after' },
      { takenAt: hoursAgo(1), mg: 20, route: 'oral', coUse: [{ substance: 'gin\ud800' }] },
      { takenAt: '0000-06-01T12:00:00+00:00', mg: 20, route: 'oral' },
      { takenAt: '0099-06-01T12:00:00+00:00', mg: 20, route: 'oral' },
      { takenAt: hoursAgo(1), mg: 1e308, route: 'oral' },
    ];
    for (const payload of bad) {
      const response = await call('POST', '/api/doses', alice.cookie, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      const { details } = response.json().error as { details: { message: string }[] };
      expect(details.length).toBeGreaterThan(0);
      for (const { message } of details) {
        expect(message, JSON.stringify(payload)).not.toMatch(/Too big|Too small|Invalid|[<>]=/);
      }
    }
    const tooMuchSleep = await call('POST', '/api/check-ins', alice.cookie, {
      date: today(),
      sleepHours: 30,
    });
    expect(tooMuchSleep.json().error).toMatchObject({
      message: 'Please check sleepHours: at most 24.',
      details: [{ path: 'sleepHours', message: 'at most 24' }],
    });
    const dose = (
      await call('POST', '/api/doses', alice.cookie, {
        takenAt: hoursAgo(2),
        mg: 10,
        route: 'oral',
      })
    ).json().dose;
    expect(
      (await call('PATCH', `/api/doses/${dose.id}`, alice.cookie, { mg: -1 })).statusCode,
    ).toBe(400);
    expect((await call('GET', `/api/doses/${dose.id}`, alice.cookie)).json().dose.mg).toBe(10);
    expect(await countRows('doses', alice.userId)).toBe(before + 1);
  });

  it('never shows or changes another person’s dose', async () => {
    const dose = (
      await call('POST', '/api/doses', alice.cookie, {
        takenAt: hoursAgo(3),
        mg: 25,
        route: 'oral',
      })
    ).json().dose;
    for (const [method, payload] of [['GET'], ['PATCH', { mg: 99 }], ['DELETE']] as const) {
      const response = await call(method, `/api/doses/${dose.id}`, bob.cookie, payload);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('25');
    }
    expect((await call('GET', '/api/doses', bob.cookie)).json().doses).toEqual([]);
    expect((await call('GET', `/api/doses/${dose.id}`, alice.cookie)).json().dose.mg).toBe(25);
    expect((await call('GET', '/api/doses/not-a-uuid', alice.cookie)).statusCode).toBe(400);
    expect((await call('GET', '/api/doses')).statusCode).toBe(401);
  });
});

describe('daily check-in', () => {
  it('creates one check-in per date and updates it when saved again', async () => {
    const date = today();
    const created = await call('POST', '/api/check-ins', alice.cookie, {
      date,
      craving: 6,
      mood: 4,
      symptoms: { insomnia: 2 },
    });
    expect(created.statusCode).toBe(201);
    const updated = await call('POST', '/api/check-ins', alice.cookie, {
      date,
      craving: 3,
      systolicMmHg: 128,
      diastolicMmHg: 82,
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().checkIn).toMatchObject({
      date,
      craving: 3,
      mood: null,
      systolicMmHg: 128,
    });
    expect((await call('GET', '/api/check-ins', alice.cookie)).json().checkIns).toHaveLength(1);
    expect((await call('GET', `/api/check-ins/${date}`, bob.cookie)).statusCode).toBe(404);
    expect((await call('DELETE', `/api/check-ins/${date}`, bob.cookie)).statusCode).toBe(404);
    expect((await call('GET', `/api/check-ins/${date}`, alice.cookie)).json().checkIn.craving).toBe(
      3,
    );
  });

  it('refuses out-of-range answers and a day that has not started', async () => {
    const before = await countRows('check_ins', bob.userId);
    const bad = [
      { date: today(), craving: 11 },
      { date: today(), symptoms: { insomnia: 4 } },
      { date: today(), symptoms: { dizziness: 1 } },
      { date: today(), systolicMmHg: 120 },
      { date: today(), systolicMmHg: 80, diastolicMmHg: 120 },
      { date: '2026-02-30' },
      { date: '2999-01-01' },
      { date: today(), bloodInUrine: 'yes' },
    ];
    for (const payload of bad) {
      expect(
        (await call('POST', '/api/check-ins', bob.cookie, payload)).statusCode,
        JSON.stringify(payload),
      ).toBe(400);
    }
    expect(await countRows('check_ins', bob.userId)).toBe(before);
  });
});

describe('self-check questionnaires', () => {
  it('scores anonymously with the band id and flags urgent self-harm answers whatever the total', async () => {
    expect(
      (await call('GET', '/api/questionnaires'))
        .json()
        .questionnaires.map((q: { id: string }) => q.id),
    ).toEqual(['phq-9', 'gad-7', 'audit-c', 'sds-ketamine', 'dsm5-pcp']);
    const severe = await call('POST', '/api/questionnaires/phq-9/score', undefined, {
      answers: [2, 2, 2, 2, 2, 2, 2, 1, 0],
    });
    expect(severe.json()).toMatchObject({
      score: 15,
      bandId: 'moderately-severe',
      nextStepId: 'moderately-severe',
    });
    const itemNine = await call('POST', '/api/questionnaires/phq-9/score', undefined, {
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 1],
    });
    expect(itemNine.json()).toMatchObject({
      bandId: 'minimal',
      nextStepId: 'self-harm',
      flags: [{ code: 'self-harm', severity: 'urgent' }],
    });
    expect((await call('GET', '/api/questionnaires/nope')).statusCode).toBe(404);
    for (const answers of [
      [1, 2],
      [0, 0, 0, 0, 0, 0, 0, 0, 4],
      ['a', 0, 0, 0, 0, 0, 0, 0, 0],
      'all of them',
    ]) {
      const response = await call('POST', '/api/questionnaires/phq-9/score', undefined, {
        answers,
      });
      expect(response.statusCode, JSON.stringify(answers)).toBe(400);
    }
  });

  it('keeps a signed-in person’s results as private history', async () => {
    const saved = await call('POST', '/api/questionnaires/sds-ketamine/responses', alice.cookie, {
      answers: [1, 1, 0, 1, 0],
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().response.result).toEqual({
      questionnaireId: 'sds-ketamine',
      score: 3,
      maxScore: 15,
      bandId: 'at-or-above-common-cut-offs',
      nextStepId: 'at-or-above-common-cut-offs',
      flags: [],
    });
    expect(
      (await call('GET', '/api/questionnaires/sds-ketamine/responses', alice.cookie)).json()
        .responses,
    ).toHaveLength(1);
    expect(
      (await call('GET', '/api/questionnaires/sds-ketamine/responses', bob.cookie)).json()
        .responses,
    ).toEqual([]);
    expect(
      (
        await call('POST', '/api/questionnaires/sds-ketamine/responses', undefined, {
          answers: [1, 1, 0, 1, 0],
        })
      ).statusCode,
    ).toBe(401);
    const before = await countRows('questionnaire_responses', alice.userId);
    expect(
      (
        await call('POST', '/api/questionnaires/sds-ketamine/responses', alice.cookie, {
          answers: [9],
        })
      ).statusCode,
    ).toBe(400);
    expect(await countRows('questionnaire_responses', alice.userId)).toBe(before);
  });
});

describe('risk and combinations', () => {
  it('warns about ketamine with alcohol and puts blood in the urine first as urgent', async () => {
    const person = await signUpPerson(testApp.app);
    await call('POST', '/api/doses', person.cookie, {
      takenAt: hoursAgo(1),
      mg: 60,
      route: 'insufflated',
      coUse: [{ substance: 'beer', amount: 4, unit: 'units' }],
    });
    await call('POST', '/api/check-ins', person.cookie, { date: today(), bloodInUrine: true });
    const risk = (await call('GET', '/api/risk', person.cookie)).json();
    const codes = risk.flags.map((flag: { code: string }) => flag.code);
    expect(codes).toContain('dangerous-combination');
    expect(codes).toContain('blood-in-urine');
    expect(risk.flags[0].severity).toBe('urgent');
    expect(
      risk.flags.find((flag: { code: string }) => flag.code === 'dangerous-combination')
        .articleSlug,
    ).toBe('combinations');
    expect(risk.summary.useDaysLast7).toBe(1);
    const bobRisk = (await call('GET', '/api/risk', bob.cookie)).json();
    expect(bobRisk.flags.map((flag: { code: string }) => flag.code)).not.toContain(
      'blood-in-urine',
    );
  });

  it('checks any combination without an account and never calls an unknown name safe', async () => {
    const check = (
      await call('POST', '/api/interactions/check', undefined, {
        substances: ['special K', 'vodka', 'Xanax', 'zorbex'],
      })
    ).json();
    expect(check.overall).toBe('dangerous');
    expect(check.unknown).toEqual(['zorbex']);
    expect(check.pairs.length).toBe(6);
    expect(
      check.pairs
        .filter((pair: { b: string; a: string }) => pair.a === 'zorbex' || pair.b === 'zorbex')
        .every((pair: { level: string }) => pair.level === 'unknown'),
    ).toBe(true);
    expect(
      (await call('POST', '/api/interactions/check', undefined, { substances: [] })).statusCode,
    ).toBe(400);
  });
});

describe('recovery plan, cravings, export and deletion', () => {
  it('counts days since last use, restarts after a lapse, and keeps the longest streak', async () => {
    const person = await signUpPerson(testApp.app);
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    await call('POST', '/api/doses', person.cookie, {
      takenAt: daysAgo(9),
      mg: 50,
      route: 'insufflated',
    });
    await call('POST', '/api/doses', person.cookie, {
      takenAt: daysAgo(2),
      mg: 50,
      route: 'insufflated',
    });
    const startDate = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    const saved = await call('PUT', '/api/plan', person.cookie, {
      goal: 'stop',
      startDate,
      reasons: ['my bladder'],
      people: [{ name: 'Sam', phone: '07700 900123' }],
      pricePerGram: 30,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().progress).toMatchObject({
      daysSinceLastUse: 2,
      currentStreakDays: 2,
      longestStreakDays: 6,
      lapses: 2,
    });
    expect(
      (await call('PUT', '/api/plan', person.cookie, { goal: 'never', startDate })).statusCode,
    ).toBe(400);
    expect((await call('GET', '/api/plan', bob.cookie)).json().plan).toBeNull();

    const craving = await call('POST', '/api/cravings', person.cookie, {
      intensity: 8,
      toolsTried: ['urge-surfing', 'reasons'],
      helped: true,
    });
    expect(craving.statusCode).toBe(201);
    expect((await call('POST', '/api/cravings', person.cookie, { intensity: 12 })).statusCode).toBe(
      400,
    );

    const exported = await call('GET', '/api/me/export', person.cookie);
    expect(exported.headers['content-disposition']).toMatch(/attachment/);
    const data = exported.json();
    expect(data.doses).toHaveLength(2);
    expect(data.recoveryPlan.reasons).toEqual(['my bladder']);
    expect(data.cravings[0].toolsTried).toEqual(['urge-surfing', 'reasons']);
    expect(data.account.email).toBe(person.email);

    expect(
      (await call('DELETE', '/api/me', person.cookie, { password: strongPassword })).statusCode,
    ).toBe(204);
    for (const table of personalTables) {
      expect(await countRows(table, person.userId), table).toBe(0);
    }
  });
});
