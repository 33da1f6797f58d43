import { sql, type RawBuilder } from 'kysely';

/** A value written to a jsonb column. The explicit cast keeps PGlite and pg alike. */
export function jsonb<T>(value: T): RawBuilder<string> {
  return sql<string>`cast(${JSON.stringify(value)} as jsonb)`;
}
