import { join } from 'node:path';
import type { Database } from './database.ts';
import { createPgliteDatabase } from './pglite-database.ts';
import { createPostgresDatabase } from './postgres-database.ts';

export interface DatabaseSettings {
  /** PostgreSQL URL; unset means the embedded PGlite database. */
  databaseUrl?: string;
  /** Where PGlite keeps its files (DATA_DIR/pglite); unset with no URL means in memory. */
  dataDir?: string;
}

/** Chooses the database by configuration only: PostgreSQL when a URL is set, PGlite otherwise. */
export function createDatabase(settings: DatabaseSettings): Promise<Database> {
  if (settings.databaseUrl) return createPostgresDatabase(settings.databaseUrl);
  return createPgliteDatabase(settings.dataDir ? join(settings.dataDir, 'pglite') : undefined);
}
