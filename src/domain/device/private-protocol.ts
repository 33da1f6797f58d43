import type { ErrorCode, ErrorDetail, ErrorSpecifics } from '../errors.js';

/**
 * The messages between the web app and private mode's worker (which runs the database and
 * the services on the device). A request names an operation and carries its arguments as
 * the HTTP API would (`params`, `query`, `body`); the answer is the same JSON the API
 * answers with, or the same error body, so the web shows both the same way.
 */

/** The operations on the person's data (the HTTP API's personal routes). */
export const privateDataOperations = [
  'me.get',
  'me.updateProfile',
  'me.export',
  'me.import',
  'doses.create',
  'doses.list',
  'doses.get',
  'doses.update',
  'doses.delete',
  'checkIns.save',
  'checkIns.list',
  'checkIns.get',
  'checkIns.delete',
  'selfChecks.save',
  'selfChecks.list',
  'plan.get',
  'plan.save',
  'cravings.record',
  'cravings.list',
  'risk.get',
  'levels.get',
  'sharing.snapshot',
  'sealedShares.list',
  'sealedShares.remember',
  'sealedShares.forget',
  'prescriptions.get',
  'prescriptions.save',
] as const;
export type PrivateOperation = (typeof privateDataOperations)[number];

/** The operations on the vault itself: set up, lock, unlock, back up, restore, forget. */
export type VaultOperation =
  | 'vault.status'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.touch'
  | 'vault.changePassphrase'
  | 'vault.setIdleMinutes'
  | 'vault.backup'
  | 'vault.restore'
  | 'vault.forget';

export type VaultState = 'absent' | 'locked' | 'unlocked';

export type VaultStatus = {
  state: VaultState;
  /** Minutes without use before private mode locks itself. */
  idleMinutes: number;
  /** When a wrong passphrase was last typed too often: how long until the next try. */
  waitMs: number;
  sealedAt: string | null;
};

export type WorkerRequest = { id: number; op: PrivateOperation | VaultOperation; args?: unknown };

export type WorkerError = {
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
  specifics?: ErrorSpecifics;
};

export type WorkerAnswer =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: WorkerError };

/** Sent without a request: the vault locked itself (idle time) or was locked in another tab. */
export type WorkerEvent = { event: 'locked' | 'unlocked' | 'forgotten' };

export type WorkerMessage = WorkerAnswer | WorkerEvent;

export const idleMinuteChoices = [1, 5, 15, 60] as const;
export const defaultIdleMinutes = 5;
