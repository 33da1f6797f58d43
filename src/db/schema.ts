import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../domain/accounts/account.js';

/** Kysely's view of the tables; migrations are the source of truth. */
export type Database = {
  users: UsersTable;
  sessions: SessionsTable;
};

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export type UsersTable = {
  id: Generated<string>;
  email: string;
  password_hash: string;
  role: ColumnType<Role, Role | undefined, Role>;
  display_name: string | null;
  country: string | null;
  time_zone: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
};

export type SessionsTable = {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date;
};
