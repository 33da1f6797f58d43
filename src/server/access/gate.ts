import type { Account } from '../../domain/accounts/account.js';
import { AppError } from '../../domain/errors.js';
import type { DataContext } from '../services/context.js';

/**
 * The areas of a person's data an actor can be let into. A later grant (a client letting a
 * clinician read their log) names some of these; `account` (profile, password, sessions)
 * is only ever the person's own.
 */
export const accessScopes = [
  'account',
  'log',
  'check-ins',
  'self-checks',
  'plan',
  'risk',
  'levels',
  'export',
] as const;
export type AccessScope = (typeof accessScopes)[number];

/** Whoever is signed in and asking. */
export type Actor = Account;

declare const checkedByGate: unique symbol;

/**
 * Whose data a service reads or writes, as the gate let the actor reach it. Dates, levels and
 * help are worked out from the subject's own profile, never from the actor's: a clinician in
 * another time zone sees their client's days as the client lived them.
 */
export type Subject = {
  readonly userId: string;
  readonly timeZone: string;
  readonly weightKg: number | null;
  readonly country: string | null;
  /** The area the actor was let into. */
  readonly scope: AccessScope;
  /** Who is acting: today always the subject themself. */
  readonly actorId: string;
  /** Only the gate makes one, so a service cannot be handed an unchecked id. */
  readonly [checkedByGate]: true;
};

/**
 * The one gate to personal data: whether `actor` may reach `subjectId`'s data in `scope`.
 * Today a person reaches only their own; consent grants and an access log belong here.
 */
export async function resolveSubject(
  _ctx: DataContext,
  actor: Actor | null,
  subjectId: string,
  scope: AccessScope,
): Promise<Subject> {
  if (!actor) throw new AppError('unauthenticated', 'Please sign in to continue.');
  if (subjectId !== actor.id) {
    throw new AppError('forbidden', 'You can only see and change your own data.');
  }
  const { profile } = actor;
  return {
    userId: actor.id,
    timeZone: profile.timeZone,
    weightKg: profile.weightKg,
    country: profile.country,
    scope,
    actorId: actor.id,
  } as Subject;
}
