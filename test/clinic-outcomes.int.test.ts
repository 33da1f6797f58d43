import { describe, expect, it } from 'vitest';
import { jsonb } from '../src/db/jsonb.js';
import { clinicWithClinician, share } from './support/clinic.js';
import { signUpPerson, useTestApp } from './support/test-app.js';
import { esketamineSession } from './support/treatment-session.js';

const testApp = useTestApp();

const call = (method: string, url: string, cookie: string, payload?: object) =>
  testApp.app.inject({
    method: method as 'GET',
    url,
    headers: { cookie },
    ...(payload ? { payload } : {}),
  });
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/** PHQ-9 results dated in the past, as a year of self-checks would have left them. */
async function phq9(userId: string, results: Array<[daysAgo: number, score: number]>) {
  await testApp.database.db
    .insertInto('questionnaire_responses')
    .values(
      results.map(([days, score]) => ({
        user_id: userId,
        questionnaire_id: 'phq-9',
        taken_at: daysAgo(days),
        answers: jsonb([score > 0 ? 1 : 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        score,
        band_id: 'moderate',
        next_step_id: 'talk-to-gp',
        flag_codes: jsonb([]),
      })),
    )
    .execute();
}

describe('clinic outcomes', () => {
  it('gives response and remission rates with 95% intervals, suppressing cells under 5 people', async () => {
    const clinician = await clinicWithClinician(testApp.app, 'Outcomes Clinic');
    const course = async (
      scores: Array<[number, number]>,
      scopes = ['self-checks'],
      product = 'esketamine-nasal',
    ) => {
      const client = await signUpPerson(testApp.app);
      await share(testApp.app, client, clinician, scopes);
      const session = { ...esketamineSession(daysAgo(500).toISOString()), product };
      if (product !== 'esketamine-nasal') delete (session as { devices?: number }).devices;
      const created = await call(
        'POST',
        `/api/clinic/clients/${client.userId}/sessions`,
        clinician.cookie,
        session,
      );
      expect(created.statusCode, created.body).toBe(201);
      await phq9(client.userId, scores);
    };
    // Six esketamine courses from a baseline of 20, 500 days ago: four respond at 6 months,
    // two are in remission at 12 months.
    for (const later of [8, 6, 9, 4, 15, 18])
      await course([
        [501, 20],
        [320, later],
        [140, later < 7 ? 3 : 12],
      ]);
    await course(
      [
        [501, 20],
        [320, 5],
      ],
      ['self-checks'],
      'ketamine-iv',
    );
    // Shares only the log: not counted at all.
    await course(
      [
        [501, 20],
        [320, 2],
      ],
      ['log'],
    );

    const answer = await call('GET', '/api/clinic/outcomes', clinician.cookie);
    expect(answer.statusCode, answer.body).toBe(200);
    const groups = answer.json().groups as Array<{
      product: string;
      courses: number | null;
      measures: Record<
        string,
        { suppressed: boolean; met?: number; counted?: number; ci95?: number[] }
      >;
    }>;
    const all = groups.find((group) => group.product === 'all')!;
    expect(all.courses).toBe(7);
    expect(all.measures.response6).toMatchObject({ suppressed: false, counted: 7, met: 5 });
    expect(all.measures.response6!.ci95![0]).toBeLessThan(5 / 7);
    expect(all.measures.response6!.ci95![1]).toBeGreaterThan(5 / 7);
    expect(
      groups.find((group) => group.product === 'esketamine-nasal')!.measures.remission12,
    ).toMatchObject({ counted: 6, met: 2 });
    expect(groups.find((group) => group.product === 'ketamine-iv')).toMatchObject({
      courses: null,
      measures: { response6: { suppressed: true } },
    });
    expect(answer.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    const csv = await call('GET', '/api/clinic/outcomes.csv', clinician.cookie);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\n')[0]).toBe(
      'product,measure,courses,counted,met,rate,ci95_low,ci95_high,median_sessions_to_response,median_baseline,median_latest,median_change,rose,fell,source',
    );
    expect(csv.body).toMatch(/^all,response6,7,7,5,0\.714,/m);
  });

  it('gives the bladder-score trend of clients sharing check-ins, suppressed under 5', async () => {
    const clinician = await clinicWithClinician(testApp.app, 'Bladder Clinic');
    const dateDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);
    for (const [before, after] of [
      [1, 3],
      [0, 2],
      [2, 2],
      [1, 3],
      [3, 1],
    ] as const) {
      const client = await signUpPerson(testApp.app);
      await share(testApp.app, client, clinician, ['check-ins']);
      await call(
        'POST',
        `/api/clinic/clients/${client.userId}/sessions`,
        clinician.cookie,
        esketamineSession(daysAgo(20).toISOString()),
      );
      for (const [days, urinaryFrequency] of [
        [22, before],
        [2, after],
      ] as const) {
        const saved = await call('POST', '/api/check-ins', client.cookie, {
          date: dateDaysAgo(days),
          urinaryFrequency,
        });
        expect(saved.statusCode, saved.body).toBe(201);
      }
    }
    const { groups, sources } = (
      await call('GET', '/api/clinic/outcomes', clinician.cookie)
    ).json();
    const all = groups.find((group: { product: string }) => group.product === 'all');
    expect(all.bladder).toEqual({
      suppressed: false,
      counted: 5,
      medianBaseline: 1,
      medianLatest: 2,
      medianChange: 2,
      rose: 3,
      fell: 1,
    });
    // No PHQ-9 is shared: no course counts for response or remission.
    expect(all.courses).toBeNull();
    expect(sources.bladder).toMatch(/Bladder score/);
    const csv = await call('GET', '/api/clinic/outcomes.csv', clinician.cookie);
    expect(csv.body).toMatch(/^all,bladder_trend,,5,,,,,,1,2,2,3,1,/m);
  });
});
