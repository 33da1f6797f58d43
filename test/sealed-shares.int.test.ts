import { describe, expect, it } from 'vitest';
import type { SealedSnapshot } from '../src/domain/clinic/sealed-share-api.js';
import { openSnapshot, sealSnapshot } from '../src/domain/clinic/sealed-snapshot.js';
import { purgeEndedRecords } from '../src/server/services/sessions.js';
import { clinicWithClinician } from './support/clinic.js';
import { createTestApp, signUpPerson, useTestApp } from './support/test-app.js';

const snapshotLimitBytes = 20_000;
const testApp = useTestApp({ snapshotLimitBytes });

const call = (method: string, url: string, cookie?: string, payload?: object) =>
  testApp.app.inject({
    method: method as 'GET',
    url,
    ...(cookie ? { headers: { cookie } } : {}),
    ...(payload ? { payload } : {}),
  });

const snapshot: SealedSnapshot = {
  format: 'ketalog-sealed-snapshot',
  version: 'test',
  exportedAt: '2026-11-30T10:00:00.000Z',
  scopes: ['log'],
  person: { displayName: null, timeZone: 'Europe/London' },
  doses: [],
  checkIns: [],
  questionnaireResponses: [],
  recoveryPlan: null,
  cravings: [],
  risk: null,
};

async function upload(days = 30) {
  const { ciphertext, key } = await sealSnapshot(snapshot);
  const made = await call('POST', '/api/sharing/sealed', undefined, { ciphertext, days });
  expect(made.statusCode, made.body).toBe(201);
  return { ...made.json<{ id: string; removalToken: string; expiresAt: string }>(), key };
}

describe('sealed snapshots from private mode', () => {
  it('keeps ciphertext without an account and hands it to the first clinic that opens it, and only to that clinic', async () => {
    const share = await upload();
    expect(Date.parse(share.expiresAt) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const clinician = await clinicWithClinician(testApp.app, 'First Clinic');
    const colleague = await signUpPerson(testApp.app);
    await call('POST', '/api/clinic/join', colleague.cookie, { code: clinician.joinCode });
    const otherClinic = await clinicWithClinician(testApp.app, 'Second Clinic');
    const notClinician = await signUpPerson(testApp.app);

    const url = `/api/clinic/snapshots/${share.id}`;
    expect((await call('GET', url)).statusCode).toBe(401);
    const refused = await call('GET', url, notClinician.cookie);
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'not_clinic_member']);

    const opened = await call('GET', url, clinician.cookie);
    expect(opened.statusCode).toBe(200);
    expect(await openSnapshot(opened.json().ciphertext, share.key)).toEqual(snapshot);
    // The same clinic may open it again; another clinic is refused as if it did not exist.
    expect((await call('GET', url, colleague.cookie)).statusCode).toBe(200);
    const claimed = await call('GET', url, otherClinic.cookie);
    expect([claimed.statusCode, claimed.json().error.reason]).toEqual([404, 'snapshot-refused']);

    // Every opening is logged: the clinician and the clinic, not whose data it is.
    const openings = await testApp.database.db
      .selectFrom('sealed_share_openings')
      .select(['actor_id', 'clinic_id'])
      .where('share_id', '=', share.id)
      .execute();
    expect(openings).toEqual([
      { actor_id: clinician.userId, clinic_id: clinician.clinicId },
      { actor_id: colleague.userId, clinic_id: clinician.clinicId },
    ]);
  });

  it('refuses a snapshot over the size limit, a bad id, a wrong removal token, and one past its date', async () => {
    const clinician = await clinicWithClinician(testApp.app, 'Limits Clinic');
    const huge = await call('POST', '/api/sharing/sealed', undefined, {
      ciphertext: 'A'.repeat(snapshotLimitBytes),
      days: 7,
    });
    expect(huge.statusCode).toBe(413);
    for (const bad of [
      { ciphertext: 'not base64!', days: 7 },
      { ciphertext: 'QUJD', days: 365 },
      { ciphertext: '', days: 7 },
      { ciphertext: 'QUJD', days: 7, owner: 'someone' },
    ]) {
      const refused = await call('POST', '/api/sharing/sealed', undefined, bad);
      expect(refused.statusCode, JSON.stringify(bad)).toBe(400);
    }
    expect(
      (await call('GET', '/api/clinic/snapshots/not-an-id', clinician.cookie)).statusCode,
    ).toBe(400);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      (await call('GET', `/api/clinic/snapshots/${unknown}`, clinician.cookie)).statusCode,
    ).toBe(404);

    const share = await upload();
    const wrongToken = await call('DELETE', `/api/sharing/sealed/${share.id}`, undefined, {
      removalToken: 'not-the-token',
    });
    expect(wrongToken.statusCode).toBe(404);
    expect(
      (await call('GET', `/api/clinic/snapshots/${share.id}`, clinician.cookie)).statusCode,
    ).toBe(200);
    const removed = await call('DELETE', `/api/sharing/sealed/${share.id}`, undefined, {
      removalToken: share.removalToken,
    });
    expect(removed.statusCode).toBe(204);
    expect(
      (await call('GET', `/api/clinic/snapshots/${share.id}`, clinician.cookie)).statusCode,
    ).toBe(404);

    const old = await upload(7);
    await testApp.database.db
      .updateTable('sealed_shares')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', old.id)
      .execute();
    expect(
      (await call('GET', `/api/clinic/snapshots/${old.id}`, clinician.cookie)).statusCode,
    ).toBe(404);
    await purgeEndedRecords(testApp.app.ctx);
    const left = await testApp.database.db
      .selectFrom('sealed_shares')
      .select('id')
      .where('id', '=', old.id)
      .execute();
    expect(left).toEqual([]);
  });

  it('tells the maker, with its removal token, which clinic opened it and when, or that it ran out', async () => {
    const share = await upload();
    const status = (id: string, removalToken: string) =>
      call('POST', `/api/sharing/sealed/${id}/status`, undefined, { removalToken });
    const before = await status(share.id, share.removalToken);
    expect([before.statusCode, before.json()]).toEqual([200, { status: 'not-opened' }]);

    // Asking claims nothing: the clinic that opens it first is still the one that has it.
    const clinician = await clinicWithClinician(testApp.app, 'Status Clinic');
    const colleague = await signUpPerson(testApp.app);
    await call('POST', '/api/clinic/join', colleague.cookie, { code: clinician.joinCode });
    const openedAt = Date.now();
    expect(
      (await call('GET', `/api/clinic/snapshots/${share.id}`, clinician.cookie)).statusCode,
    ).toBe(200);
    const opened = (await status(share.id, share.removalToken)).json();
    expect(opened).toEqual({
      status: 'opened',
      openedAt: expect.any(String),
      clinic: { name: 'Status Clinic' },
    });
    expect(Math.abs(Date.parse(opened.openedAt) - openedAt)).toBeLessThan(5_000);
    // Opening it again (another clinician of the clinic) leaves the first opening's date.
    await call('GET', `/api/clinic/snapshots/${share.id}`, colleague.cookie);
    expect((await status(share.id, share.removalToken)).json()).toEqual(opened);
    // Not which clinician, nor how often: only the clinic, which the link was given to.
    expect(JSON.stringify(opened)).not.toContain(clinician.userId);

    await testApp.database.db
      .updateTable('sealed_shares')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', share.id)
      .execute();
    expect((await status(share.id, share.removalToken)).json()).toEqual({ status: 'expired' });
  });

  it('answers a wrong token, another snapshot’s token, a withdrawn snapshot and an unknown id alike', async () => {
    const share = await upload();
    const other = await upload();
    const status = (id: string, body: object) =>
      call('POST', `/api/sharing/sealed/${id}/status`, undefined, body);
    const unknown = await status('00000000-0000-4000-8000-000000000000', {
      removalToken: share.removalToken,
    });
    expect([unknown.statusCode, unknown.json().error.reason]).toEqual([404, 'snapshot-gone']);
    for (const removalToken of ['not-the-token', other.removalToken]) {
      const refused = await status(share.id, { removalToken });
      expect([refused.statusCode, refused.body]).toEqual([404, unknown.body]);
    }
    for (const bad of [{}, { removalToken: '' }, { removalToken: 'x', id: share.id }]) {
      expect((await status(share.id, bad)).statusCode, JSON.stringify(bad)).toBe(400);
    }
    expect((await status('not-an-id', { removalToken: share.removalToken })).statusCode).toBe(400);

    await call('DELETE', `/api/sharing/sealed/${share.id}`, undefined, {
      removalToken: share.removalToken,
    });
    const removed = await status(share.id, { removalToken: share.removalToken });
    expect([removed.statusCode, removed.body]).toEqual([404, unknown.body]);
    // The other snapshot is untouched by all of that.
    expect((await status(other.id, { removalToken: other.removalToken })).json()).toEqual({
      status: 'not-opened',
    });
  });

  it('limits how often one address may ask, as it limits uploads', async () => {
    const limited = await createTestApp({ authRateLimit: { max: 2, windowMinutes: 15 } });
    try {
      const made = await limited.app.inject({
        method: 'POST',
        url: '/api/sharing/sealed',
        payload: { ciphertext: 'QUJD', days: 7 },
      });
      const { id, removalToken } = made.json<{ id: string; removalToken: string }>();
      const asked = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const response = await limited.app.inject({
          method: 'POST',
          url: `/api/sharing/sealed/${id}/status`,
          payload: { removalToken },
        });
        asked.push(response.statusCode);
      }
      expect(asked).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
