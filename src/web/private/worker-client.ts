import type { z } from 'zod';
import type { Account } from '../../domain/accounts/account.js';
import type { ZPersonDataExportSchema } from '../../domain/data-transfer/data-transfer-api.js';
import { fhirSourceOf, toFhirBundle } from '../../domain/fhir/person-bundle.js';
import type { SealedSnapshot } from '../../domain/clinic/sealed-share-api.js';
import { sealSnapshot } from '../../domain/clinic/sealed-snapshot.js';
import { scheduleSource } from '../../domain/treatment/questionnaire-schedule.js';
import { ApiError } from '../api/client.js';
import { exportFileOf, fhirExportFile } from '../api/export-file.js';
import { httpClient, sealedShareRoutes } from '../api/http-client.js';
import type { KetalogClient } from '../api/ketalog-client.js';
import type { PrivateConnection } from './private-connection.js';

type PersonDataExport = z.output<typeof ZPersonDataExportSchema>;

const accountOnly = () =>
  Promise.reject(
    new ApiError(
      400,
      'bad_request',
      'Private mode has no account. To use this, move your log into an account first.',
    ),
  );

/**
 * Ketalog on the device: the person's data goes to private mode's worker (the same services
 * and schemas as the server, on PGlite in this browser) and never over the network. What
 * is the same for everyone and holds nothing of the person (questionnaires, articles, help
 * lines) is still read from the server, with the same GET requests anyone makes.
 */
export function workerClient(worker: PrivateConnection): KetalogClient {
  const { call } = worker;
  return {
    currentAccount: async () => (await call<{ account: Account }>('me.get')).account,
    signUp: accountOnly,
    signIn: accountOnly,
    // Signing out of private mode locks it: the data stays, sealed.
    signOut: async () => {
      await call('vault.lock');
    },
    recoveryOptions: () => Promise.resolve({ emailLink: false }),
    forgotPassword: accountOnly,
    resetPassword: accountOnly,
    updateProfile: (change) => call('me.updateProfile', { body: change }),
    changePassword: accountOnly,
    newRecoveryCodes: accountOnly,
    listSessions: () => Promise.resolve({ sessions: [] }),
    endSession: accountOnly,
    endAllSessions: accountOnly,
    deleteAccount: accountOnly,
    exportFile: async (kind) => {
      // The PDF reports are drawn by the server; they need an account.
      if (kind === 'gp-report' || kind === 'urologist-report') return accountOnly();
      const data = await call<PersonDataExport>('me.export');
      return kind === 'fhir'
        ? fhirExportFile(toFhirBundle(fhirSourceOf(data)))
        : exportFileOf(kind, data);
    },
    importFile: (file) => call('me.import', { body: file }),

    listDoses: (query) => call('doses.list', { query }),
    createDose: (dose) => call('doses.create', { body: dose }),
    updateDose: (id, change) => call('doses.update', { params: { id }, body: change }),
    deleteDose: async (id) => {
      await call('doses.delete', { params: { id } });
    },
    listCheckIns: (range) => call('checkIns.list', { query: range }),
    saveCheckIn: (checkIn) => call('checkIns.save', { body: checkIn }),
    deleteCheckIn: async (date) => {
      await call('checkIns.delete', { params: { date } });
    },
    risk: () => call('risk.get'),
    plan: () => call('plan.get'),
    savePlan: (plan) => call('plan.save', { body: plan }),
    logCraving: (craving) => call('cravings.record', { body: craving }),
    levels: (whatIf) => call('levels.get', { query: whatIf ?? {} }),

    listQuestionnaires: httpClient.listQuestionnaires,
    questionnaire: httpClient.questionnaire,
    listResponses: (questionnaireId) =>
      call('selfChecks.list', { params: { id: questionnaireId } }),
    submitResponse: (questionnaireId, answers) =>
      call('selfChecks.save', { params: { id: questionnaireId }, body: answers }),

    help: httpClient.help,
    familyGuide: httpClient.familyGuide,
    pathway: httpClient.pathway,
    articles: httpClient.articles,
    article: httpClient.article,
    searchArticles: httpClient.searchArticles,

    // Sharing with a code and the clinic area need an account (docs/private-mode.md).
    // A snapshot is made and sealed here; only its ciphertext goes to the server.
    shareSnapshot: async ({ scopes, days }) => {
      const snapshot = await call<SealedSnapshot>('sharing.snapshot', { body: { scopes, days } });
      const { ciphertext, key } = await sealSnapshot(snapshot);
      const { id, removalToken, expiresAt } = await sealedShareRoutes.upload({ ciphertext, days });
      await call('sealedShares.remember', { body: { id, removalToken, scopes, expiresAt } });
      return { id, key, scopes: snapshot.scopes, expiresAt };
    },
    sharedSnapshots: () => call('sealedShares.list'),
    withdrawSnapshot: async (id) => {
      const { shares } = await call<{ shares: Array<{ id: string; removalToken: string }> }>(
        'sealedShares.list',
      );
      const share = shares.find((entry) => entry.id === id);
      if (share) {
        // Already gone from the server (run out, say): forgetting it here is all that is left.
        await sealedShareRoutes.remove(id, share.removalToken).catch((error: unknown) => {
          if (!(error instanceof ApiError && error.status === 404)) throw error;
        });
      }
      await call('sealedShares.forget', { params: { id } });
    },
    // Asked only while the snapshot can still be on the server: after its date it ran out.
    snapshotStatus: async ({ id, removalToken, expiresAt }) => {
      if (Date.parse(expiresAt) <= Date.now()) return { status: 'expired' };
      try {
        return await sealedShareRoutes.status(id, removalToken);
      } catch (error) {
        if (error instanceof ApiError && error.specifics.reason === 'snapshot-gone') {
          return { status: 'removed' };
        }
        throw error;
      }
    },
    createShareCode: accountOnly,
    listGrants: accountOnly,
    revokeGrant: accountOnly,
    accessLog: accountOnly,
    notesAboutMe: accountOnly,
    supporting: accountOnly,
    redeemSupporterCode: accountOnly,
    // Sessions are recorded by a clinic, which needs an account to share with.
    myTreatmentSessionReport: accountOnly,
    joinClinic: accountOnly,
    clinic: accountOnly,
    caseload: accountOnly,
    addClient: accountOnly,
    clientRisk: accountOnly,
    clientDoses: accountOnly,
    clientCheckIns: accountOnly,
    clientNotes: accountOnly,
    writeClientNote: accountOnly,
    openSnapshot: accountOnly,
    clientSessions: accountOnly,
    recordSession: accountOnly,
    changeSession: accountOnly,
    remsDue: accountOnly,
    clientPrescriptions: accountOnly,
    setClientPrescription: accountOnly,
    outcomes: accountOnly,
    // The clinic area has no private mode: the link leads to the server, which asks for an account.
    outcomesCsvUrl: httpClient.outcomesCsvUrl,

    // No clinic reaches a log kept on this device: it has no sessions or plans from one. The
    // person's own note of a prescription works here, against the log on the device.
    myTreatmentSessions: () => Promise.resolve({ sessions: [] }),
    myPrescriptions: () => call('prescriptions.get'),
    saveMyPrescription: (input) => call('prescriptions.save', { body: input }),
    myTreatmentSchedule: () =>
      Promise.resolve({ nextSessions: [], schedules: [], source: scheduleSource }),
    preparationRules: accountOnly,
    savePreparationRules: accountOnly,
    clientNextSession: accountOnly,
    planClientSession: accountOnly,
    clientQuestionnaireSchedule: accountOnly,
    scheduleClientQuestionnaire: accountOnly,
    clientSessionReport: accountOnly,
    clientFollowUp: accountOnly,
    startFollowUp: accountOnly,
    endFollowUp: accountOnly,
    myFollowUps: accountOnly,
  };
}
