import { describe, expect, it } from 'vitest';
import { countRows, signUpPerson, useTestApp } from '../../../test/support/test-app.js';

const testApp = useTestApp({ writeQuota: { maxWrites: 12, windowMinutes: 60 } });

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const post = (url: string, cookie: string, payload: object, key?: string) =>
  testApp.app.inject({
    method: 'POST',
    url,
    headers: { cookie, ...(key ? { 'idempotency-key': key } : {}) },
    payload,
  });
const count = (table: Parameters<typeof countRows>[1], userId: string) =>
  countRows(testApp.database.db, table, userId);
const postDose = (cookie: string, mg: number, key?: string) =>
  post('/api/doses', cookie, { takenAt: hoursAgo(2), mg, route: 'oral' }, key);

describe('a retried write', () => {
  it('stores a dose, a check-in and a self-check result once and answers the retry the same', async () => {
    const person = await signUpPerson(testApp.app);
    const dose = { takenAt: hoursAgo(1), mg: 40, route: 'insufflated' };
    const first = await post('/api/doses', person.cookie, dose, 'dose-key-1');
    const retry = await post('/api/doses', person.cookie, dose, 'dose-key-1');
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json().dose.id).toBe(first.json().dose.id);
    expect(await count('doses', person.userId)).toBe(1);

    const checkIn = { date: new Date().toISOString().slice(0, 10), craving: 4 };
    const firstCheckIn = await post('/api/check-ins', person.cookie, checkIn, 'check-in-key');
    const retriedCheckIn = await post('/api/check-ins', person.cookie, checkIn, 'check-in-key');
    expect([firstCheckIn.statusCode, retriedCheckIn.statusCode]).toEqual([201, 201]);
    expect(await count('check_ins', person.userId)).toBe(1);

    const known = (await testApp.app.inject({ method: 'GET', url: '/api/questionnaires' })).json<{
      questionnaires: Array<{ id: string; items: unknown[] }>;
    }>().questionnaires[0]!;
    const full = { answers: known.items.map(() => 0) };
    const responseUrl = `/api/questionnaires/${known.id}/responses`;
    const firstResult = await post(responseUrl, person.cookie, full, 'result-key');
    const retriedResult = await post(responseUrl, person.cookie, full, 'result-key');
    expect(firstResult.statusCode, firstResult.body).toBe(201);
    expect(retriedResult.json().response.id).toBe(firstResult.json().response.id);
    expect(await count('questionnaire_responses', person.userId)).toBe(1);
  });

  it('refuses the same key with a different request, and a key another person used is theirs alone', async () => {
    const person = await signUpPerson(testApp.app);
    const other = await signUpPerson(testApp.app);
    await postDose(person.cookie, 20, 'shared');
    const changed = await postDose(person.cookie, 25, 'shared');
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.message).toMatch(/already used for a different request/);
    expect(await count('doses', person.userId)).toBe(1);

    const theirs = await postDose(other.cookie, 20, 'shared');
    expect(theirs.statusCode).toBe(201);
    expect(await count('doses', other.userId)).toBe(1);

    const badKey = await postDose(person.cookie, 20, 'has space');
    expect(badKey.statusCode).toBe(400);
  });
});

describe('the per-account write quota', () => {
  it('refuses writes beyond the quota with 429 and a clear message, and stores nothing', async () => {
    const person = await signUpPerson(testApp.app);
    const statuses: number[] = [];
    for (let write = 0; write < 14; write++) {
      const response = await postDose(person.cookie, 10);
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(response.json().error).toMatchObject({
          code: 'rate_limited',
          message: expect.stringMatching(
            /saved 12 changes in the last 60 minutes.*try again in \d+ minute/,
          ),
          // What clients word it from, in the person's language.
          reason: 'write-quota',
          params: { maxWrites: 12, windowMinutes: 60, count: expect.any(Number) },
        });
      }
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(12);
    expect(statuses.slice(12)).toEqual([429, 429]);
    expect(await count('doses', person.userId)).toBe(12);

    const someoneElse = await signUpPerson(testApp.app);
    const theirs = await postDose(someoneElse.cookie, 10);
    expect(theirs.statusCode).toBe(201);
  });
});
