import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { HealthStatus } from '../health-status.ts';
import type * as schema from './schema/index.ts';

export type { HealthStatus } from '../health-status.ts';

/** The Drizzle query layer over the one Beaus schema; the same type on PGlite and PostgreSQL. */
export type BeausDb = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * The database the rest of the backend sees: Drizzle for typed queries, `query` for raw SQL,
 * and transactions that hand out the same query layer. Callers never learn which engine runs.
 */
export interface Database {
  readonly kind: 'postgres' | 'pglite';
  readonly db: BeausDb;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  transaction<T>(fn: (tx: BeausDb) => Promise<T>): Promise<T>;
  /** Applies the Drizzle migrations in `folder`; call through migrate.ts, which checks the folder. */
  applyMigrations(folder: string): Promise<void>;
  health(): Promise<HealthStatus>;
  close(): Promise<void>;
}
