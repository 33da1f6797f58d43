import { expect } from 'vitest';
import { ApiError } from '../../src/web/api/client.js';
import type { KetalogClient } from '../../src/web/api/ketalog-client.js';
import { sealedShareRoutes } from '../../src/web/api/http-client.js';
import { sealSnapshot } from '../../src/domain/clinic/sealed-snapshot.js';
import { snapshotOf } from '../../src/domain/data-transfer/scoped-export.js';
import { strongPassword, uniqueEmail } from './test-app.js';
import { esketamineSession } from './treatment-session.js';

/** The error a call fails with (the test fails if it does not). */
export async function failureOf(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => new Error('expected the call to fail'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

/**
 * Every method of the KetalogClient interface, as a person's first week would use them,
 * starting signed out. Written against the interface: any implementation must pass it.
 */
async function walkThroughEveryOperation(client: KetalogClient) {
  expect(await client.currentAccount()).toBeNull();
  const email = uniqueEmail('client');
  const signedUp = await client.signUp({ email, password: strongPassword });
  expect(signedUp.recoveryCodes.length).toBeGreaterThan(4);
  expect((await client.currentAccount())?.email).toBe(email);
  expect(
    (await client.updateProfile({ displayName: 'Sam', weightKg: 70 })).account.profile,
  ).toMatchObject({ displayName: 'Sam', weightKg: 70 });

  const takenAt = new Date(Date.now() - 60 * 60_000).toISOString();
  const dose = { takenAt, mg: 40, route: 'insufflated' as const, coUse: [] };
  const first = await client.createDose(dose, { idempotencyKey: 'client-dose-1' });
  const again = await client.createDose(dose, { idempotencyKey: 'client-dose-1' });
  expect(again.dose.id).toBe(first.dose.id);
  expect((await client.updateDose(first.dose.id, { mg: 30 })).dose.mg).toBe(30);
  const page = await client.listDoses({ limit: 1 });
  expect(page.doses.map((entry) => entry.mg)).toEqual([30]);
  expect(
    (await client.listDoses({ from: takenAt, before: page.nextCursor ?? undefined })).doses,
  ).toHaveLength(page.nextCursor ? 0 : 1);

  const today = new Date().toISOString().slice(0, 10);
  await client.saveCheckIn({ date: today, craving: 6, bloodInUrine: true });
  expect((await client.listCheckIns({ from: today, to: today })).checkIns).toMatchObject([
    { date: today, craving: 6, bloodInUrine: true },
  ]);
  expect((await client.risk()).flags.some((flag) => flag.code === 'blood-in-urine')).toBe(true);

  const saved = await client.savePlan({ goal: 'stop', startDate: today, reasons: ['health'] });
  expect(saved.plan?.reasons).toEqual(['health']);
  expect((await client.plan()).plan?.goal).toBe('stop');
  const craving = await client.logCraving({
    intensity: 7,
    toolsTried: ['grounding'],
    helped: true,
  });
  expect(craving.craving.intensity).toBe(7);

  const levels = await client.levels();
  expect(levels.doses).toHaveLength(1);
  expect(levels.whatIf).toBeNull();
  const whatIf = await client.levels({ whatIfMg: 20, whatIfRoute: 'insufflated', whatIfInMin: 30 });
  expect(whatIf.whatIf).toMatchObject({ mg: 20, route: 'insufflated' });

  const { questionnaires } = await client.listQuestionnaires();
  const phq9 = questionnaires.find((questionnaire) => questionnaire.id === 'phq-9');
  expect(phq9).toBeDefined();
  const { questionnaire } = await client.questionnaire('phq-9');
  const answers = questionnaire.items.map(() => 1);
  const { response } = await client.submitResponse('phq-9', { answers });
  expect(response.result.score).toBe(questionnaire.items.length);
  expect((await client.listResponses('phq-9')).responses.map((entry) => entry.id)).toEqual([
    response.id,
  ]);

  expect((await client.help('GB')).country).toBe('GB');
  expect((await client.familyGuide('GB')).country).toBe('GB');
  expect((await client.pathway('GB')).country).toBe('GB');
  const { articles } = await client.articles();
  const slug = articles[0]?.slug ?? '';
  expect((await client.article(slug)).article.slug).toBe(slug);
  expect((await client.searchArticles('withdrawal')).results.length).toBeGreaterThan(0);

  const json = await client.exportFile('json');
  expect(json.fileName).toBe('ketalog-export.json');
  expect(JSON.parse(await json.blob.text())).toMatchObject({
    account: { email },
    doses: [{ mg: 30 }],
    cravings: [{ intensity: 7 }],
  });
  const csv = await client.exportFile('check-ins-csv');
  expect((await csv.blob.text()).split('\r\n')[1]).toMatch(new RegExp(`^${today},6,`));
  const fhir = await client.exportFile('fhir');
  expect(fhir.fileName).toBe('ketalog-fhir.json');
  expect(JSON.parse(await fhir.blob.text())).toMatchObject({ resourceType: 'Bundle' });
  const report = await client.exportFile('urologist-report');
  expect(report.fileName).toBe('ketalog-report-urologist.pdf');
  expect((await report.blob.text()).startsWith('%PDF-')).toBe(true);
  await client.exportFile('gp-report');
  // Importing the account's own file adds nothing: everything in it is already there.
  const reimport = await client.importFile(JSON.parse(await json.blob.text()));
  expect(reimport).toMatchObject({
    format: 'ketalog',
    added: { doses: 0, checkIns: 0, questionnaireResponses: 0, cravings: 0, plan: 0 },
    alreadyPresent: { doses: 1, checkIns: 1, questionnaireResponses: 1, cravings: 1, plan: 1 },
  });

  // In treatment: no clinic has recorded or planned anything; the person's own prescription.
  expect((await client.myTreatmentSessions()).sessions).toEqual([]);
  expect(await client.myTreatmentSchedule()).toMatchObject({ nextSessions: [], schedules: [] });
  await client.saveMyPrescription({ product: 'ketamine-oral', mgPerDose: 50, maxMgPerWeek: 100 });
  expect((await client.myPrescriptions()).prescriptions).toMatchObject([
    { clinic: null, route: 'oral', maxMgPerWeek: 100 },
  ]);

  const { recoveryCodes } = await client.newRecoveryCodes({ password: strongPassword });
  expect(recoveryCodes).not.toEqual(signedUp.recoveryCodes);
  const newPassword = `${strongPassword} again`;
  await client.changePassword({ currentPassword: strongPassword, newPassword });
  const { sessions } = await client.listSessions();
  const current = sessions.find((session) => session.current);
  expect(current).toBeDefined();

  await client.deleteCheckIn(today);
  await client.deleteDose(first.dose.id);
  expect((await client.listDoses({})).doses).toEqual([]);
  const missing = await failureOf(client.deleteDose(first.dose.id));
  expect([missing.status, missing.code]).toEqual([404, 'not_found']);

  await client.signOut();
  expect(await client.currentAccount()).toBeNull();
  const refused = await failureOf(client.signIn({ email, password: strongPassword }));
  expect(refused.status).toBe(401);
  await client.signIn({ email, password: newPassword });
  await client.endSession((await client.listSessions()).sessions[0]?.id ?? '');
  expect(await client.currentAccount()).toBeNull();

  const recovered = await client.resetPassword({
    email,
    recoveryCode: recoveryCodes[0] ?? '',
    newPassword: strongPassword,
  });
  expect(recovered.account.email).toBe(email);
  await client.endAllSessions();
  expect(await client.currentAccount()).toBeNull();
  await client.signIn({ email, password: strongPassword });
  expect((await client.recoveryOptions()).emailLink).toBe(false);
  // Without mail set up, the link route says so (the page offers recovery codes instead).
  expect((await failureOf(client.forgotPassword({ email }))).code).toBe('not_found');
  await client.deleteAccount({ password: strongPassword });
  expect(await client.currentAccount()).toBeNull();
}

/** Each device is signed in on its own: its own session, as on separate phones. */
export type Device = 'person' | 'sharer' | 'clinician' | 'supporter';

/**
 * Sharing, from the person's consent to the clinic's caseload, notes and the access log, and
 * a supporter's summary; ending the grant closes the clinic's view. The clinic is made by the
 * operator's command, so its join code is given.
 */
async function walkThroughSharing(on: (device: Device) => KetalogClient, clinicJoinCode: string) {
  const sharer = on('sharer');
  const clinician = on('clinician');
  const supporter = on('supporter');
  await sharer.signUp({ email: uniqueEmail('sharer'), password: strongPassword });
  await clinician.signUp({ email: uniqueEmail('clinician'), password: strongPassword });
  await supporter.signUp({ email: uniqueEmail('supporter'), password: strongPassword });
  const takenAt = new Date(Date.now() - 30 * 60_000).toISOString();
  await sharer.createDose({ takenAt, mg: 50, route: 'insufflated' });
  const today = new Date().toISOString().slice(0, 10);
  await sharer.saveCheckIn({ date: today, craving: 4 });

  const joined = await clinician.joinClinic(clinicJoinCode);
  expect((await clinician.clinic()).clinic.id).toBe(joined.clinic.id);
  const shareCode = await sharer.createShareCode({
    scopes: ['log', 'check-ins', 'risk'],
    days: 90,
  });
  const { client } = await clinician.addClient(shareCode.code);
  expect((await clinician.caseload()).clients.map((entry) => entry.id)).toEqual([client.id]);
  expect((await clinician.clientDoses(client.id)).doses.map((dose) => dose.mg)).toEqual([50]);
  expect((await clinician.clientCheckIns(client.id)).checkIns).toMatchObject([{ craving: 4 }]);
  expect((await clinician.clientRisk(client.id)).summary.useDaysLast7).toBe(1);
  await clinician.writeClientNote(client.id, 'Talked about sleep.');
  expect((await clinician.clientNotes(client.id)).notes.map((note) => note.body)).toEqual([
    'Talked about sleep.',
  ]);
  expect((await sharer.notesAboutMe()).notes.map((note) => note.body)).toEqual([
    'Talked about sleep.',
  ]);
  expect((await sharer.accessLog()).entries.length).toBeGreaterThan(0);

  // A supervised session: saved as a draft, its dose lands in the person's own log once;
  // completing it puts its REMS form on the clinic's list until the form is marked sent.
  const record = { ...esketamineSession(), product: 'esketamine-nasal' as const };
  const { session } = await clinician.recordSession(client.id, { ...record, status: 'draft' });
  expect(session.remsDueDate).toBeNull();
  expect(
    (await sharer.listDoses({})).doses.filter((dose) => dose.purpose === 'treatment'),
  ).toMatchObject([{ mg: 56, route: 'esketamine-nasal' }]);
  const completed = await clinician.changeSession(session.id, {
    session: { ...record, status: 'completed' },
  });
  expect(completed.session.remsDueDate).not.toBeNull();
  expect((await clinician.remsDue()).sessions.map((due) => due.id)).toEqual([session.id]);
  await clinician.changeSession(session.id, { remsSubmittedAt: new Date().toISOString() });
  expect((await clinician.remsDue()).sessions).toEqual([]);
  // Both the clinic and the person can download the session's dated PDF record.
  const clinicCopy = await clinician.clientSessionReport(session.id);
  expect(clinicCopy.fileName).toMatch(/^ketalog-session-.+\.pdf$/);
  expect((await clinicCopy.blob.text()).startsWith('%PDF-')).toBe(true);
  const [passport] = (await sharer.myTreatmentSessions()).sessions;
  expect(passport?.record.lotNumber).toBe('LOT-4471');
  const ownCopy = await sharer.myTreatmentSessionReport(passport?.id ?? '');
  expect((await ownCopy.blob.text()).startsWith('%PDF-')).toBe(true);
  expect((await clinician.clientSessions(client.id)).sessions).toMatchObject([
    { id: session.id, record: { status: 'completed' } },
  ]);
  const prescription = { product: 'ketamine-troche' as const, mgPerDose: 100, maxMgPerWeek: 300 };
  await clinician.setClientPrescription(client.id, prescription);
  expect((await clinician.clientPrescriptions(client.id)).prescriptions).toMatchObject([
    { ...prescription, route: 'sublingual' },
  ]);
  // One client is too few to show: every cell of the aggregate is suppressed.
  expect((await clinician.outcomes()).groups).toMatchObject([{ product: 'all', courses: null }]);
  expect(clinician.outcomesCsvUrl()).toMatch(/\/clinic\/outcomes\.csv$/);

  // Treatment planning: the clinic's preparation rules, the next session, a scheduled PHQ-9.
  expect((await clinician.preparationRules()).isDefault).toBe(true);
  await clinician.savePreparationRules({ rules: [{ substanceClass: 'alcohol', hours: 24 }] });
  const startsAt = new Date(Date.now() + 20 * 3_600_000).toISOString();
  expect((await clinician.planClientSession(client.id, startsAt)).preparation?.status).toBe(
    'clear',
  );
  expect((await clinician.clientNextSession(client.id)).nextSession).not.toBeNull();
  await clinician.scheduleClientQuestionnaire(client.id, {
    questionnaireId: 'phq-9',
    everyDays: 14,
  });
  // The log is shared but not self-checks: the clinic sees the schedule, not whether it is due.
  expect((await clinician.clientQuestionnaireSchedule(client.id)).schedules).toMatchObject([
    { questionnaireId: 'phq-9', status: null },
  ]);
  expect((await sharer.myTreatmentSchedule()).schedules).toMatchObject([{ status: 'due' }]);
  expect((await clinician.clientFollowUp(client.id)).followUp).toBeNull();
  await clinician.startFollowUp(client.id, { startDate: today });
  expect((await clinician.clientFollowUp(client.id)).followUp?.startDate).toBe(today);
  expect((await sharer.myFollowUps()).followUps).toHaveLength(1);
  expect((await clinician.endFollowUp(client.id)).followUp?.endedAt).not.toBeNull();

  const summaryCode = await sharer.createShareCode({ scopes: ['summary'], days: 90 });
  await supporter.redeemSupporterCode(summaryCode.code);
  expect((await supporter.supporting()).people).toHaveLength(1);

  // Account mode shares with a code: snapshots are private mode's. A clinician opens one that
  // a device sealed (here, of the sharer's export) and left on the server as ciphertext.
  for (const call of [
    sharer.shareSnapshot({ scopes: ['log'], days: 7 }),
    sharer.sharedSnapshots(),
    sharer.withdrawSnapshot(client.id),
    sharer.snapshotStatus({
      id: client.id,
      removalToken: 'token',
      scopes: ['log'],
      createdAt: new Date().toISOString(),
      expiresAt: new Date().toISOString(),
    }),
  ]) {
    expect((await failureOf(call)).specifics.reason).toBe('private-mode-only');
  }
  const exported = JSON.parse(await (await sharer.exportFile('json')).blob.text());
  const sealed = await sealSnapshot(snapshotOf(exported, ['log'], null));
  const left = await sealedShareRoutes.upload({ ciphertext: sealed.ciphertext, days: 7 });
  expect(await sealedShareRoutes.status(left.id, left.removalToken)).toEqual({
    status: 'not-opened',
  });
  const opened = await clinician.openSnapshot(left.id, sealed.key);
  expect(await sealedShareRoutes.status(left.id, left.removalToken)).toMatchObject({
    status: 'opened',
    clinic: { name: expect.any(String) },
  });
  // The log as the sharer's export holds it (their own dose, and any a clinic recorded).
  expect(opened.snapshot.doses).toEqual(exported.doses);
  expect(opened.snapshot.doses.map((dose) => dose.mg)).toContain(50);
  expect(opened.snapshot.checkIns).toEqual([]);
  const otherKey = (await sealSnapshot(opened.snapshot)).key;
  expect((await failureOf(clinician.openSnapshot(left.id, otherKey))).specifics.reason).toBe(
    'snapshot-key-wrong',
  );
  await sealedShareRoutes.remove(left.id, left.removalToken);
  expect((await failureOf(clinician.openSnapshot(left.id, sealed.key))).status).toBe(404);

  const { grants } = await sharer.listGrants();
  const clinicGrant = grants.find((grant) => grant.recipient.kind === 'clinic');
  await sharer.revokeGrant(clinicGrant?.id ?? '');
  const closed = await failureOf(clinician.clientDoses(client.id));
  expect(closed.status).toBeGreaterThanOrEqual(400);
}

/**
 * Runs both walk-throughs, each device through `on`, and fails if they left out a method
 * the client has.
 */
export async function walkThroughEveryMethodOf(
  on: (device: Device) => KetalogClient,
  clinicJoinCode: string,
) {
  const called = new Set<string>();
  const recording = (device: Device) =>
    new Proxy(on(device), {
      get: (target, name: keyof KetalogClient) => {
        called.add(name);
        return target[name];
      },
    });
  await walkThroughEveryOperation(recording('person'));
  await walkThroughSharing(recording, clinicJoinCode);
  // A method added to the client must be added to a walk-through too.
  expect(Object.keys(on('person')).filter((name) => !called.has(name))).toEqual([]);
}
