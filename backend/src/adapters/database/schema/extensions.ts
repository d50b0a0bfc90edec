import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * PostgreSQL extensions the migrations use. PGlite bundles them but must be given them when it
 * is created: `PGlite.create(dir, { extensions: pgliteExtensions })`. On PostgreSQL the first
 * migration runs `CREATE EXTENSION IF NOT EXISTS pg_trgm`.
 */
export const pgliteExtensions = { pg_trgm };
