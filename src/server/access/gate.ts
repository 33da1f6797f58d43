import type { Account } from '../../domain/accounts/account.js';
import { SHARE_SCOPES } from '../../domain/clinic/clinic-api.js';
import { AppError } from '../../domain/errors.js';
import {
  findActiveGrantsToActor,
  insertAccessLogEntries,
  listActiveGrantsTo,
  type GrantRow,
} from '../../db/repositories/grants.js';
import { findMembership } from '../../db/repositories/clinics.js';
import { claimSealedShare, insertSealedShareOpening } from '../../db/repositories/sealed-shares.js';
import { findUserById } from '../../db/repositories/users.js';
import type { DataContext } from '../services/context.js';

/**
 * The areas of a person's data an actor can be let into. A grant names some of the shareable
 * ones (`SHARE_SCOPES`); any grant to a clinic also lets it list the person on its caseload,
 * keep notes about them, record their treatment sessions and follow their withdrawal. `account`, `sharing` and `export` are only ever the person's own.
 */
export const accessScopes = [
  'account',
  'sharing',
  'export',
  ...SHARE_SCOPES,
  'caseload',
  'notes',
  'treatment',
  'withdrawal',
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
  /** Who is acting: the subject themself, or a clinician or supporter under a grant. */
  readonly actorId: string;
  /** The grant that let the actor in; null for a person's own data. */
  readonly grantId: string | null;
  /** Only the gate makes one, so a service cannot be handed an unchecked id. */
  readonly [checkedByGate]: true;
};

type Profile = { timeZone: string; weightKg: number | null; country: string | null };

function makeSubject(
  userId: string,
  profile: Profile,
  scope: AccessScope,
  actorId: string,
  grantId: string | null,
): Subject {
  return {
    userId,
    timeZone: profile.timeZone,
    weightKg: profile.weightKg,
    country: profile.country,
    scope,
    actorId,
    grantId,
  } as Subject;
}

/**
 * What any grant to a clinic brings: the caseload, notes, treatment sessions it records and
 * withdrawal follow-ups it runs (what a follow-up reads still needs the data's own scope).
 */
const clinicScopes: readonly AccessScope[] = ['caseload', 'notes', 'treatment', 'withdrawal'];

/** What a grant lets its holder reach: its scopes, and for a clinic `clinicScopes`. */
function grantAllows(grant: GrantRow, scope: AccessScope): boolean {
  if (grant.clinic_id !== null && clinicScopes.includes(scope)) return true;
  return (grant.scopes as string[]).includes(scope);
}

const notShared = () =>
  new AppError(
    'not_found',
    'Nobody with that id shares their data with you (a sharing that was ended or ran out no longer counts).',
    undefined,
    { reason: 'not-shared' },
  );

/**
 * The one gate to personal data: whether `actor` may reach `subjectId`'s data in `scope`.
 * A person reaches all of their own; anyone else only through a grant in force that
 * includes the scope, and every such read is written to the person's access log.
 */
export async function resolveSubject(
  ctx: DataContext,
  actor: Actor | null,
  subjectId: string,
  scope: AccessScope,
): Promise<Subject> {
  if (!actor) throw new AppError('unauthenticated', 'Please sign in to continue.');
  if (subjectId === actor.id) {
    return makeSubject(actor.id, actor.profile, scope, actor.id, null);
  }
  const now = ctx.now();
  const grants = await findActiveGrantsToActor(ctx.db, subjectId, actor.id, now);
  if (grants.length === 0) throw notShared();
  const grant = grants.find((candidate) => grantAllows(candidate, scope));
  if (!grant) {
    throw new AppError(
      'scope_not_granted',
      `This person has not shared their ${scope} with you. Only they can change what they share.`,
    );
  }
  const person = await findUserById(ctx.db, subjectId);
  if (!person) throw notShared();
  await insertAccessLogEntries(ctx.db, [
    { grantId: grant.id, userId: subjectId, actorId: actor.id, scope, at: now },
  ]);
  return makeSubject(
    subjectId,
    { timeZone: person.time_zone, weightKg: person.weight_kg, country: person.country },
    scope,
    actor.id,
    grant.id,
  );
}

export type GrantedSubject = {
  subject: Subject;
  name: string;
  scopes: string[];
  endsAt: Date;
};

/**
 * Everyone who shares with a clinic (its caseload) or with one supporter, as subjects in
 * `scope`, in one query, with one access-log entry each.
 */
export async function resolveGrantedSubjects(
  ctx: DataContext,
  actor: Actor,
  recipient: { clinicId: string } | { supporterId: string },
  scope: AccessScope,
): Promise<GrantedSubject[]> {
  const now = ctx.now();
  const rows = (await listActiveGrantsTo(ctx.db, recipient, now)).filter((grant) =>
    grantAllows(grant, scope),
  );
  await insertAccessLogEntries(
    ctx.db,
    rows.map((grant) => ({
      grantId: grant.id,
      userId: grant.user_id,
      actorId: actor.id,
      scope,
      at: now,
    })),
  );
  return rows.map((grant) => ({
    subject: makeSubject(
      grant.user_id,
      { timeZone: grant.time_zone, weightKg: grant.weight_kg, country: grant.country },
      scope,
      actor.id,
      grant.id,
    ),
    name: grant.display_name ?? grant.email,
    scopes: grant.scopes,
    endsAt: grant.ends_at,
  }));
}

export type ClinicMembership = { clinicId: string; clinicName: string };

/** The clinic the actor is a clinician of; everyone else is refused the clinic area. */
export async function clinicOfActor(
  ctx: DataContext,
  actor: Actor | null,
): Promise<ClinicMembership> {
  if (!actor) throw new AppError('unauthenticated', 'Please sign in to continue.');
  const membership = await findMembership(ctx.db, actor.id);
  if (!membership) {
    throw new AppError(
      'not_clinic_member',
      'Only clinicians of a clinic can open the clinic area. Ask your clinic for its join code.',
    );
  }
  return membership;
}

const snapshotRefused = () =>
  new AppError(
    'not_found',
    'That snapshot cannot be opened: it may be mistyped, withdrawn, past its date, or already opened by another clinic.',
    undefined,
    { reason: 'snapshot-refused' },
  );

/**
 * A sealed snapshot from private mode, for a clinician: the first clinic to open it claims
 * it, and after that only its members can. Each opening is logged with the clinician and the
 * clinic; whose data it is the server cannot know (it holds only ciphertext).
 */
export async function resolveSealedShare(ctx: DataContext, actor: Actor | null, shareId: string) {
  const clinic = await clinicOfActor(ctx, actor);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (db) => {
    const share = await claimSealedShare(db, shareId, clinic.clinicId, now);
    if (!share) throw snapshotRefused();
    await insertSealedShareOpening(db, {
      shareId,
      clinicId: clinic.clinicId,
      actorId: actor!.id,
      at: now,
    });
    return share;
  });
}
