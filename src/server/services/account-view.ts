import type { Account } from '../../domain/accounts/account.js';
import type { UserRow } from '../../db/repositories/users.js';

/** A user row as the API shows it: never the password hash. */
export function toAccount(row: UserRow): Account {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    profile: {
      displayName: row.display_name,
      country: row.country,
      timeZone: row.time_zone,
      weightKg: row.weight_kg,
    },
    createdAt: row.created_at.toISOString(),
  };
}
