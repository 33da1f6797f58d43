import type { FastifyRequest } from 'fastify';
import type { Account } from '../../domain/accounts/account.js';
import { AppError } from '../../domain/errors.js';
import { readSessionToken } from '../auth/session-cookie.js';
import { findAccountBySession } from '../services/sessions.js';
import { consumeWriteQuota } from '../services/write-quota.js';
import {
  clinicOfActor,
  resolveGrantedSubjects,
  resolveSubject,
  type AccessScope,
  type Actor,
  type ClinicMembership,
  type GrantedSubject,
  type Subject,
} from './gate.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, found once per request from the session cookie; null if none. */
    actor: Actor | null;
    /** Every subject the gate let this request reach, in order (what an access log will hold). */
    subjects: Subject[] | null;
  }
}

/** Runs before every API handler: who is asking, from the session cookie. */
export async function resolveActor(request: FastifyRequest): Promise<void> {
  // Pages and assets carry the cookie too, but need no session lookup.
  if (!request.routeOptions.url?.startsWith('/api/')) return;
  const token = readSessionToken(request);
  request.actor = (token && (await findAccountBySession(request.server.ctx, token))) || null;
}

/** The person whose data this request reaches in `scope` (today: the actor), or a 401. */
export async function subjectOf(request: FastifyRequest, scope: AccessScope): Promise<Subject> {
  const { actor } = request;
  const subject = await resolveSubject(request.server.ctx, actor, actor?.id ?? '', scope);
  (request.subjects ??= []).push(subject);
  return subject;
}

/** As `subjectOf`, for a change: every write counts against the actor's quota. */
export async function subjectToWrite(
  request: FastifyRequest,
  scope: AccessScope,
): Promise<Subject> {
  const subject = await subjectOf(request, scope);
  await consumeWriteQuota(request.server.ctx, subject.actorId);
  return subject;
}

/** The actor's own account (profile, password, sessions), which nobody else may reach. */
export async function ownAccountOf(request: FastifyRequest): Promise<Account> {
  await subjectOf(request, 'account');
  return request.actor!;
}

/** The clinic the signed-in clinician belongs to, or a 401 / 403 for anyone else. */
export function clinicOf(request: FastifyRequest): Promise<ClinicMembership> {
  return clinicOfActor(request.server.ctx, request.actor);
}

/**
 * The client named by `clientId` (from the path), as this clinic may see them in `scope`: a 403
 * for a non-member or a scope not shared, a 404 for someone who shares nothing with it.
 */
export async function clientSubjectOf(
  request: FastifyRequest,
  clientId: string,
  scope: AccessScope,
): Promise<{ clinic: ClinicMembership; subject: Subject }> {
  const clinic = await clinicOf(request);
  const subject = await resolveSubject(request.server.ctx, request.actor, clientId, scope);
  (request.subjects ??= []).push(subject);
  return { clinic, subject };
}

/** Everyone sharing with the clinic or with the signed-in supporter, as the gate lets them in. */
export async function grantedSubjectsOf(
  request: FastifyRequest,
  recipient: { clinicId: string } | 'supporter',
  scope: AccessScope,
): Promise<GrantedSubject[]> {
  const actor = request.actor;
  if (!actor) throw new AppError('unauthenticated', 'Please sign in to continue.');
  const granted = await resolveGrantedSubjects(
    request.server.ctx,
    actor,
    recipient === 'supporter' ? { supporterId: actor.id } : recipient,
    scope,
  );
  (request.subjects ??= []).push(...granted.map((entry) => entry.subject));
  return granted;
}

/**
 * As `clientSubjectOf` for a part of the answer the grant may not cover: the subject in
 * `scope`, or null when the client has not shared it (so that part is left out).
 */
export async function sharedClientSubjectOf(
  request: FastifyRequest,
  clientId: string,
  scope: AccessScope,
): Promise<Subject | null> {
  try {
    return (await clientSubjectOf(request, clientId, scope)).subject;
  } catch (error) {
    if (error instanceof AppError && error.code === 'scope_not_granted') return null;
    throw error;
  }
}
