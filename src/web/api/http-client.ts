import type { Account } from '../../domain/accounts/account.js';
import type {
  SealedShareCreated,
  SealedShareStatus,
  ZSealedShareInputSchema,
  ZSealedShareSchema,
} from '../../domain/clinic/sealed-share-api.js';
import { AppError, errorStatusByCode } from '../../domain/errors.js';
import type { z } from 'zod';
import { apiPrefix } from './api-prefix.js';
import { api, ApiError, apiFile } from './client.js';
import { exportFileOf, fhirExportFile } from './export-file.js';
import type { KetalogClient } from './ketalog-client.js';

/** `?a=1&b=2` of the given values, or nothing when none is given. */
function queryOf(values: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

const path = (rest: string) => `${apiPrefix}${rest}`;
const segment = encodeURIComponent;

/** A session's PDF record, named by the start of its id (a day may hold two sessions). */
const sessionReportFile = async (url: string, sessionId: string) => ({
  fileName: `ketalog-session-${sessionId.slice(0, 8)}.pdf`,
  blob: await apiFile(url),
});
/**
 * The routes private mode uses to share a snapshot: no account, ciphertext only. The removal
 * token proves the device made it.
 */
export const sealedShareRoutes = {
  upload: (body: z.input<typeof ZSealedShareInputSchema>) =>
    api<SealedShareCreated>('POST', path('sharing/sealed'), body),
  remove: (id: string, removalToken: string) =>
    api<void>('DELETE', path(`sharing/sealed/${segment(id)}`), { removalToken }),
  status: (id: string, removalToken: string) =>
    api<SealedShareStatus>('POST', path(`sharing/sealed/${segment(id)}/status`), {
      removalToken,
    }),
};

/** A refusal of the domain's (a wrong key, say) as the ApiError pages show. */
async function asApiError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const { code, message, details, reason } = error;
    throw new ApiError(errorStatusByCode[code], code, message, details, reason ? { reason } : {});
  }
}

/** Account mode shares with a share code; a snapshot is sealed in private mode. */
export const privateModeOnly = () =>
  Promise.reject(
    new ApiError(400, 'bad_request', 'Snapshots are shared from private mode.', [], {
      reason: 'private-mode-only',
    }),
  );

/** Ketalog over its HTTP API, with the session cookie of this origin. */
export const httpClient: KetalogClient = {
  currentAccount: async () => {
    try {
      return (await api<{ account: Account }>('GET', path('me'))).account;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  signUp: (credentials) => api('POST', path('auth/sign-up'), credentials),
  signIn: (credentials) => api('POST', path('auth/sign-in'), credentials),
  signOut: () => api('POST', path('auth/sign-out')),
  recoveryOptions: () => api('GET', path('auth/recovery-options')),
  forgotPassword: (body) => api('POST', path('auth/forgot-password'), body),
  resetPassword: (body) => api('POST', path('auth/reset-password'), body),
  updateProfile: (change) => api('PATCH', path('me'), change),
  changePassword: (body) => api('POST', path('me/password'), body),
  newRecoveryCodes: (body) => api('POST', path('me/recovery-codes'), body),
  listSessions: () => api('GET', path('me/sessions')),
  endSession: (id) => api('DELETE', path(`me/sessions/${segment(id)}`)),
  endAllSessions: () => api('DELETE', path('me/sessions')),
  deleteAccount: (body) => api('DELETE', path('me'), body),
  exportFile: async (kind) => {
    if (kind === 'fhir') return fhirExportFile(await api('GET', path('me/export?format=fhir')));
    if (kind === 'gp-report' || kind === 'urologist-report') {
      const report = kind === 'gp-report' ? 'gp' : 'urologist';
      const blob = await apiFile(path(`me/reports/${report}`));
      return { fileName: `ketalog-report-${report}.pdf`, blob };
    }
    return exportFileOf(kind, await api('GET', path('me/export')));
  },
  importFile: (file) => api('POST', path('me/import'), file),

  listDoses: ({ from, to, before, limit }) =>
    api('GET', path(`doses${queryOf({ from, to, before, limit })}`)),
  createDose: (dose, options) => api('POST', path('doses'), dose, options),
  updateDose: (id, change) => api('PATCH', path(`doses/${segment(id)}`), change),
  deleteDose: (id) => api('DELETE', path(`doses/${segment(id)}`)),
  listCheckIns: ({ from, to }) => api('GET', path(`check-ins${queryOf({ from, to })}`)),
  saveCheckIn: (checkIn, options) => api('POST', path('check-ins'), checkIn, options),
  deleteCheckIn: (date) => api('DELETE', path(`check-ins/${segment(date)}`)),
  risk: () => api('GET', path('risk')),
  plan: () => api('GET', path('plan')),
  savePlan: (plan) => api('PUT', path('plan'), plan),
  logCraving: (craving) => api('POST', path('cravings'), craving),
  levels: (whatIf) =>
    api(
      'GET',
      path(
        `levels${queryOf({
          whatIfMg: whatIf?.whatIfMg,
          whatIfRoute: whatIf?.whatIfRoute,
          whatIfInMin: whatIf?.whatIfInMin,
        })}`,
      ),
    ),

  listQuestionnaires: () => api('GET', path('questionnaires')),
  questionnaire: (id) => api('GET', path(`questionnaires/${segment(id)}`)),
  listResponses: (questionnaireId) =>
    api('GET', path(`questionnaires/${segment(questionnaireId)}/responses`)),
  submitResponse: (questionnaireId, answers, options) =>
    api('POST', path(`questionnaires/${segment(questionnaireId)}/responses`), answers, options),

  help: (country) => api('GET', path(`help${queryOf({ country })}`)),
  familyGuide: (country) => api('GET', path(`family/guide${queryOf({ country })}`)),
  pathway: (country) => api('GET', path(`pathway${queryOf({ country })}`)),
  articles: () => api('GET', path('kb/articles')),
  article: (slug) => api('GET', path(`kb/articles/${segment(slug)}`)),
  searchArticles: (text) => api('GET', path(`kb/search${queryOf({ q: text })}`)),

  createShareCode: (input) => api('POST', path('sharing/codes'), input),
  listGrants: () => api('GET', path('sharing/grants')),
  revokeGrant: (id) => api('DELETE', path(`sharing/grants/${segment(id)}`)),
  accessLog: () => api('GET', path('sharing/access-log')),
  notesAboutMe: () => api('GET', path('sharing/notes')),
  supporting: () => api('GET', path('supporting')),
  redeemSupporterCode: (code) => api('POST', path('supporting'), { code }),
  myTreatmentSessionReport: (sessionId) =>
    sessionReportFile(path(`me/treatment-sessions/${segment(sessionId)}/report`), sessionId),
  shareSnapshot: privateModeOnly,
  sharedSnapshots: privateModeOnly,
  withdrawSnapshot: privateModeOnly,
  snapshotStatus: privateModeOnly,

  joinClinic: (code) => api('POST', path('clinic/join'), { code }),
  clinic: () => api('GET', path('clinic')),
  caseload: () => api('GET', path('clinic/clients')),
  addClient: (code) => api('POST', path('clinic/clients'), { code }),
  clientRisk: (clientId) => api('GET', path(`clinic/clients/${segment(clientId)}/risk`)),
  clientDoses: (clientId) => api('GET', path(`clinic/clients/${segment(clientId)}/doses`)),
  clientCheckIns: (clientId) => api('GET', path(`clinic/clients/${segment(clientId)}/check-ins`)),
  clientNotes: (clientId) => api('GET', path(`clinic/clients/${segment(clientId)}/notes`)),
  writeClientNote: (clientId, body) =>
    api('POST', path(`clinic/clients/${segment(clientId)}/notes`), { body }),
  openSnapshot: async (id, key) => {
    const share = await api<z.output<typeof ZSealedShareSchema>>(
      'GET',
      path(`clinic/snapshots/${segment(id)}`),
    );
    // Opening a sealed snapshot (and the schema it checks) loads only on the snapshot page.
    const { openSnapshot } = await import('../../domain/clinic/sealed-snapshot.js');
    const snapshot = await asApiError(openSnapshot(share.ciphertext, key));
    return { snapshot, createdAt: share.createdAt, expiresAt: share.expiresAt };
  },

  clientSessions: (clientId) => api('GET', path(`clinic/clients/${segment(clientId)}/sessions`)),
  recordSession: (clientId, session) =>
    api('POST', path(`clinic/clients/${segment(clientId)}/sessions`), session),
  changeSession: (id, change) => api('PATCH', path(`clinic/sessions/${segment(id)}`), change),
  remsDue: () => api('GET', path('clinic/rems-due')),
  clientPrescriptions: (clientId) =>
    api('GET', path(`clinic/clients/${segment(clientId)}/prescription`)),
  setClientPrescription: (clientId, prescription) =>
    api('PUT', path(`clinic/clients/${segment(clientId)}/prescription`), prescription),
  outcomes: () => api('GET', path('clinic/outcomes')),
  outcomesCsvUrl: () => path('clinic/outcomes.csv'),

  myTreatmentSessions: () => api('GET', path('me/treatment-sessions')),
  myPrescriptions: () => api('GET', path('me/prescription')),
  saveMyPrescription: (input) => api('PUT', path('me/prescription'), input),
  myTreatmentSchedule: () => api('GET', path('me/treatment-schedule')),
  preparationRules: () => api('GET', path('clinic/preparation-rules')),
  savePreparationRules: (input) => api('PUT', path('clinic/preparation-rules'), input),
  clientNextSession: (clientId) =>
    api('GET', path(`clinic/clients/${segment(clientId)}/next-session`)),
  planClientSession: (clientId, startsAt) =>
    api('PUT', path(`clinic/clients/${segment(clientId)}/next-session`), { startsAt }),
  clientQuestionnaireSchedule: (clientId) =>
    api('GET', path(`clinic/clients/${segment(clientId)}/questionnaire-schedule`)),
  scheduleClientQuestionnaire: (clientId, input) =>
    api('PUT', path(`clinic/clients/${segment(clientId)}/questionnaire-schedule`), input),
  clientSessionReport: (sessionId) =>
    sessionReportFile(path(`clinic/sessions/${segment(sessionId)}/report`), sessionId),

  clientFollowUp: (clientId) =>
    api('GET', path(`clinic/clients/${segment(clientId)}/withdrawal-follow-up`)),
  startFollowUp: (clientId, input) =>
    api('POST', path(`clinic/clients/${segment(clientId)}/withdrawal-follow-up`), input),
  endFollowUp: (clientId) =>
    api('POST', path(`clinic/clients/${segment(clientId)}/withdrawal-follow-up/end`)),
  myFollowUps: () => api('GET', path('me/follow-ups')),
};
