import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { probeHealth } from '../health-status.ts';
import type { BeausDb, Database } from './database.ts';
import { pgliteExtensions } from './schema/extensions.ts';
import * as schema from './schema/index.ts';

/**
 * Embedded PostgreSQL (PGlite) in this process. `dataDir` persists it on disk; without it the
 * database lives in memory (tests, `print-openapi`).
 */
export async function createPgliteDatabase(dataDir?: string): Promise<Database> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  // The migrations use these extensions; PGlite bundles them but loads only what it is given.
  const client = await PGlite.create(dataDir, { extensions: pgliteExtensions });
  const pgliteDb = drizzle({ client, schema });
  // PgliteDatabase and NodePgDatabase differ only in their result type; both are a PgDatabase.
  const db = pgliteDb as unknown as BeausDb;

  return {
    kind: 'pglite',
    db,
    async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      const result = await client.query<T>(sql, params);
      return result.rows;
    },
    transaction: (fn) => db.transaction((tx) => fn(tx)),
    applyMigrations: (folder) => migrate(pgliteDb, { migrationsFolder: folder }),
    health: () => probeHealth('pglite', () => client.query('select 1')),
    close: () => client.close(),
  };
}
