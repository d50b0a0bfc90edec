import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { probeHealth } from '../health-status.ts';
import type { BeausDb, Database } from './database.ts';
import * as schema from './schema/index.ts';

export interface PostgresOptions {
  /** Pool size per process; the BFF and stream processors scale out by process, not by pool. */
  maxConnections?: number;
}

/** PostgreSQL (RDS in production) through a node-postgres pool. */
export async function createPostgresDatabase(
  connectionString: string,
  options: PostgresOptions = {},
): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10 });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  // The same for a client checked out between two queries of a transaction (the pool's listener
  // covers idle clients only): the transaction's next query fails and its caller retries.
  // Found by the PostgreSQL-restart fault test, where this crashed the stream processor.
  pool.on('connect', (connected) => connected.on('error', () => undefined));
  const client = await pool.connect();
  client.release();
  const nodePgDb = drizzle({ client: pool, schema });
  // NodePgDatabase and PgliteDatabase differ only in their result type; both are a PgDatabase.
  const db = nodePgDb as unknown as BeausDb;

  return {
    kind: 'postgres',
    db,
    async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      const result = await pool.query(sql, params);
      return result.rows as T[];
    },
    transaction: (fn) => db.transaction((tx) => fn(tx)),
    applyMigrations: (folder) => migrate(nodePgDb, { migrationsFolder: folder }),
    health: () => probeHealth('postgres', () => pool.query('select 1')),
    close: () => pool.end(),
  };
}
