import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpPerson, type TestApp } from '../../test/support/test-app.js';

const logLines: string[] = [];
let testApp: TestApp;
let cookie: string;

beforeAll(async () => {
  testApp = await createTestApp(
    { logLevel: 'error' },
    { logStream: { write: (line: string) => void logLines.push(line) } },
  );
  cookie = (await signUpPerson(testApp.app)).cookie;
  // A real database error on the next dose write: the row it refuses holds health data.
  await sql`alter table doses add constraint refuse_every_note check (notes is null)`.execute(
    testApp.database.db,
  );
});
afterAll(() => testApp.close());

describe('the error log', () => {
  it('records a failed database write without the statement, its values or driver details', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/doses',
      headers: { cookie },
      payload: {
        takenAt: '2026-11-27T21:30:00+00:00',
        mg: 123.456,
        route: 'insufflated',
        setting: 'party at Room 41',
        notes: 'thought about hurting myself',
        coUse: [{ substance: 'alcohol', amount: 7.25, unit: 'drinks' }],
      },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('internal');

    const log = logLines.join('');
    expect(log).toContain('request failed');
    expect(log).toContain('23514'); // the SQLSTATE says what kind of failure it was
    for (const secret of [
      'hurting myself',
      'Room 41',
      '123.456',
      '7.25',
      'alcohol',
      'insert into',
    ]) {
      expect(log.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    for (const field of ['"query"', '"params"', '"detail"', '"where"', 'Failing row']) {
      expect(log).not.toContain(field);
    }
  });
});
