import type { Account, Profile } from '../../domain/accounts/account.js';
import { AppError } from '../../domain/errors.js';
import { findUserById, updateUser } from '../../db/repositories/users.js';
import { toAccount } from './account-view.js';
import type { DataContext } from './context.js';

/** The account is gone (deleted in another tab, say): the person must sign in again. */
export const signedOut = () =>
  new AppError('unauthenticated', 'Please sign in again.', undefined, { reason: 'signed-out' });

/** The person's account and profile (browser-safe: private mode runs it too). */
export async function getAccount(ctx: DataContext, userId: string): Promise<Account> {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw signedOut();
  return toAccount(user);
}

export async function updateProfile(
  ctx: DataContext,
  userId: string,
  changes: Partial<Profile>,
): Promise<Account> {
  const columns = {
    ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
    ...(changes.country !== undefined ? { country: changes.country } : {}),
    ...(changes.timeZone !== undefined ? { time_zone: changes.timeZone } : {}),
    ...(changes.weightKg !== undefined ? { weight_kg: changes.weightKg } : {}),
  };
  if (Object.keys(columns).length === 0) return getAccount(ctx, userId);
  return toAccount(await updateUser(ctx.db, userId, columns));
}
