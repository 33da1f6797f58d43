import type { ShareScope } from '../clinic/clinic-api.js';
import type { SealedSnapshot, SnapshotScope } from '../clinic/sealed-share-api.js';
import type { RiskResult } from '../risk/index.js';
import type { PersonDataExport } from './person-data.js';

/**
 * Which parts of the Ketalog file each shared scope covers. What no scope names (the account,
 * its grants, clinics' treatment sessions) is never part of a share. The clinic's export of a
 * client under a grant asks the gate for these scopes; a sealed snapshot keeps these parts.
 */
export const exportPartsByScope = {
  log: ['doses'],
  'check-ins': ['checkIns'],
  'self-checks': ['questionnaireResponses'],
  plan: ['recoveryPlan', 'cravings'],
} as const satisfies Partial<Record<ShareScope, ReadonlyArray<keyof PersonDataExport>>>;

export type DataScope = keyof typeof exportPartsByScope;
export const DATA_SCOPES = Object.keys(exportPartsByScope) as DataScope[];

type SharedPart = (typeof exportPartsByScope)[DataScope][number];
export type SharedParts = Pick<PersonDataExport, SharedPart>;

const emptyParts: SharedParts = {
  doses: [],
  checkIns: [],
  questionnaireResponses: [],
  recoveryPlan: null,
  cravings: [],
};

/** The parts of `file` the scopes share; every other part empty. */
export function sharedPartsOf(file: SharedParts, scopes: readonly ShareScope[]): SharedParts {
  const kept = DATA_SCOPES.filter((scope) => scopes.includes(scope)).flatMap(
    (scope) => exportPartsByScope[scope],
  );
  return Object.fromEntries(
    (Object.keys(emptyParts) as SharedPart[]).map((part) => [
      part,
      kept.includes(part) ? file[part] : emptyParts[part],
    ]),
  ) as SharedParts;
}

/**
 * A snapshot of the person's file for a clinic: only the chosen scopes, the person's name and
 * time zone, and (scope `risk`) the warnings worked out from all their data when it was made.
 */
export function snapshotOf(
  file: PersonDataExport,
  scopes: readonly SnapshotScope[],
  risk: RiskResult | null,
): SealedSnapshot {
  return {
    format: 'ketalog-sealed-snapshot',
    version: file.version,
    exportedAt: file.exportedAt,
    scopes: [...scopes],
    person: {
      displayName: file.account.profile.displayName,
      timeZone: file.account.profile.timeZone,
    },
    ...sharedPartsOf(file, scopes),
    risk: scopes.includes('risk') ? risk : null,
  };
}
