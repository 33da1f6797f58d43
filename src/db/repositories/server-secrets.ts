import type { Executor } from './users.js';

/**
 * The named secret, created with `candidate` by whichever app server asks first; every later
 * caller (any server on the same database) gets that same value.
 */
export async function findOrCreateServerSecret(db: Executor, name: string, candidate: string) {
  await db
    .insertInto('server_secrets')
    .values({ name, value: candidate })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('server_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}
