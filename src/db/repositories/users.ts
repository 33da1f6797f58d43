import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database, UsersTable } from '../schema.js';

export type Executor = Kysely<Database>;
export type UserRow = Selectable<UsersTable>;

/**
 * The name of a person joined as `alias` (a clinician, a supporter), as others are shown it:
 * their display name, else their email; null once their account is gone.
 */
export const shownNameAs = <Alias extends string>(alias: Alias) =>
  sql<
    string | null
  >`coalesce(${sql.ref(`${alias}.display_name`)}, ${sql.ref(`${alias}.email`)})`.as(
    `${alias}_name` as `${Alias}_name`,
  );

export function insertUser(db: Executor, user: { email: string; passwordHash: string }) {
  return db
    .insertInto('users')
    .values({ email: user.email, password_hash: user.passwordHash })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findUserByEmail(db: Executor, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Executor, userId: string) {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

export function updateUser(db: Executor, userId: string, changes: Updateable<UsersTable>) {
  return db
    .updateTable('users')
    .set(changes)
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes the user; every table holding their data references users with ON DELETE CASCADE. */
export async function deleteUser(db: Executor, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', userId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
