import { shownNameAs, type Executor } from './users.js';

export function insertClinic(db: Executor, clinic: { name: string; joinCodeHash: string }) {
  return db
    .insertInto('clinics')
    .values({ name: clinic.name, join_code_hash: clinic.joinCodeHash })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces the join code: the old one stops working. False if there is no such clinic. */
export async function replaceJoinCode(db: Executor, clinicId: string, joinCodeHash: string) {
  const result = await db
    .updateTable('clinics')
    .set({ join_code_hash: joinCodeHash })
    .where('id', '=', clinicId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function findClinicByJoinCode(db: Executor, joinCodeHash: string) {
  return db
    .selectFrom('clinics')
    .selectAll()
    .where('join_code_hash', '=', joinCodeHash)
    .executeTakeFirst();
}

/** The clinic an account is a clinician of, if any. */
export function findMembership(db: Executor, userId: string) {
  return db
    .selectFrom('clinic_members')
    .innerJoin('clinics', 'clinics.id', 'clinic_members.clinic_id')
    .select(['clinics.id as clinicId', 'clinics.name as clinicName'])
    .where('clinic_members.user_id', '=', userId)
    .executeTakeFirst();
}

/** Joining another clinic moves the account there (one clinic per clinician). */
export function upsertMembership(db: Executor, userId: string, clinicId: string, now: Date) {
  return db
    .insertInto('clinic_members')
    .values({ user_id: userId, clinic_id: clinicId, joined_at: now })
    .onConflict((conflict) =>
      conflict.column('user_id').doUpdateSet({ clinic_id: clinicId, joined_at: now }),
    )
    .execute();
}

export function listMembers(db: Executor, clinicId: string) {
  return db
    .selectFrom('clinic_members')
    .innerJoin('users', 'users.id', 'clinic_members.user_id')
    .select(['users.id', 'users.display_name', 'users.email', 'clinic_members.joined_at'])
    .where('clinic_members.clinic_id', '=', clinicId)
    .orderBy('clinic_members.joined_at')
    .execute();
}

export function insertNote(
  db: Executor,
  note: { clinicId: string; userId: string; authorId: string; body: string; at: Date },
) {
  return db
    .insertInto('clinician_notes')
    .values({
      clinic_id: note.clinicId,
      user_id: note.userId,
      author_id: note.authorId,
      body: note.body,
      created_at: note.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Notes about a person, newest first; of one clinic, or of every clinic (the person's view). */
export function listNotes(db: Executor, userId: string, clinicId?: string) {
  let query = db
    .selectFrom('clinician_notes')
    .innerJoin('clinics', 'clinics.id', 'clinician_notes.clinic_id')
    .leftJoin('users as author', 'author.id', 'clinician_notes.author_id')
    .select([
      'clinician_notes.id',
      'clinician_notes.body',
      'clinician_notes.created_at',
      'clinics.name as clinic_name',
      shownNameAs('author'),
    ])
    .where('clinician_notes.user_id', '=', userId);
  if (clinicId) query = query.where('clinician_notes.clinic_id', '=', clinicId);
  return query.orderBy('clinician_notes.created_at', 'desc').execute();
}
