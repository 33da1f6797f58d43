import type { LevelsQuery } from '../../domain/pk/pk-api.js';

/** The parts of a client's data the clinic's client page reads one by one. */
export type ClientPart =
  'risk' | 'doses' | 'check-ins' | 'notes' | 'sessions' | 'prescription' | 'withdrawal-follow-up';

/**
 * Every TanStack Query key of the app, in one place. Keys are prefixes of each other where
 * one change makes several answers stale: invalidating `doses` refreshes every dose list.
 */
export const queryKeys = {
  account: ['account'],
  recoveryOptions: ['recovery-options'],
  sessions: ['sessions'],

  doses: ['doses'],
  lastDose: ['doses', 'last'],
  dosesFrom: (from: string | null | undefined) => ['doses', 'from', from ?? 'all'],
  checkIns: ['check-ins'],
  checkIn: (date: string) => ['check-ins', date],
  checkInsFrom: (from: string | null | undefined) => ['check-ins', 'from', from ?? 'all'],
  risk: ['risk'],
  plan: ['plan'],
  levels: (accountId: string) => ['levels', accountId],
  levelsWhatIf: (accountId: string, whatIf: LevelsQuery | null) => ['levels', accountId, whatIf],

  questionnaires: ['questionnaires'],
  questionnaire: (id: string) => ['questionnaires', id],
  responses: (questionnaireId: string) => ['questionnaire-responses', questionnaireId],

  /** With no country chosen, the answer depends on the profile's country. */
  help: (country: string | undefined, profileCountry: string | null | undefined) => [
    'help',
    country ?? `auto:${profileCountry ?? ''}`,
  ],
  familyGuide: (country: string) => ['family-guide', country],
  pathway: (country: string) => ['pathway', country],
  articles: ['kb', 'articles'],
  article: (slug: string) => ['kb', 'article', slug],
  search: (text: string) => ['kb', 'search', text],

  grants: ['sharing', 'grants'],
  accessLog: ['sharing', 'access-log'],
  notesAboutMe: ['sharing', 'notes'],
  myFollowUps: ['sharing', 'follow-ups'],
  sharedSnapshots: ['sharing', 'snapshots'],
  /** Apart from the list: each asks the server, which a new snapshot should not redo. */
  snapshotStatuses: ['sharing', 'snapshot-status'],
  snapshotStatus: (id: string) => ['sharing', 'snapshot-status', id],
  /** The key is part of it: another key for the same id is another answer. */
  openedSnapshot: (id: string, key: string) => ['clinic', 'snapshot', id, key],
  supporting: ['supporting'],
  clinic: ['clinic'],
  caseload: ['clinic', 'clients'],
  client: (clientId: string) => ['clinic', 'clients', clientId],
  myTreatmentSessions: ['treatment', 'sessions'],
  myPrescriptions: ['treatment', 'prescriptions'],
  myTreatmentSchedule: ['treatment', 'schedule'],
  preparationRules: ['clinic', 'preparation-rules'],
  clientPlanning: (clientId: string, part: 'next-session' | 'questionnaire-schedule') => [
    'clinic',
    'clients',
    clientId,
    part,
  ],
  clientPart: (clientId: string, part: ClientPart) => ['clinic', 'clients', clientId, part],
  remsDue: ['clinic', 'rems-due'],
  outcomes: ['clinic', 'outcomes'],
} as const;
