import { sql } from 'drizzle-orm';
import { bigint, check, timestamp } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * Column helpers shared by every aggregate, so ids, money and time look the same everywhere:
 * bigint identity ids (read as JS numbers: 2^53 is far beyond any row count we will hold),
 * money as bigint integer cents, and timestamps with time zone.
 */
export const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();

/** A reference to another table's bigint id. */
export const ref = (name: string) => bigint(name, { mode: 'number' });

/** Integer cents. Never a float: every amount in Beaus is a whole number of cents. */
export const cents = (name: string) => bigint(name, { mode: 'number' });

export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const createdAt = () => at('created_at').notNull().defaultNow();

/**
 * A CHECK that keeps a text column inside its vocabulary. Text + CHECK rather than a Postgres
 * enum: adding a value later is a plain migration, not ALTER TYPE outside a transaction.
 */
export function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  const list = values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
  return check(name, sql`${column} in (${sql.raw(list)})`);
}
