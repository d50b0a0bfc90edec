/**
 * Seeds demo data into the configured database (DATABASE_URL, else PGlite in DATA_DIR).
 *
 *   npx node scripts/seed.ts [--accounts 500] [--trips 20000] [--seed 42] [--days 90]
 *                            [--as-of 2026-11-25T12:00:00Z] [--force]
 *
 * On PostgreSQL rows go in with COPY (benchmark scale: --accounts 1000000 --trips 10000000).
 * A database that already has data is refused unless --force, which empties it first.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createDatabase } from '../src/adapters/database/create-database.ts';
import { migrateDatabase } from '../src/adapters/database/migrate.ts';
import { loadConfig } from '../src/config/config.ts';
import { createCopySink } from '../src/seed/copy-sink.ts';
import { SeedRefusedError, seedDemoData, smallScale } from '../src/seed/index.ts';

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: String(smallScale.accounts) },
    trips: { type: 'string', default: String(smallScale.trips) },
    seed: { type: 'string', default: '42' },
    days: { type: 'string', default: '90' },
    'as-of': { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new Error(`--${name} must be a positive integer`);
  return value;
}

const config = loadConfig();
const scale = {
  accounts: positiveInteger('accounts', values.accounts),
  trips: positiveInteger('trips', values.trips),
};
const asOf = values['as-of'] ? new Date(values['as-of']) : undefined;
if (asOf && Number.isNaN(asOf.getTime())) throw new Error('--as-of must be an ISO date-time');

const database = await createDatabase({
  databaseUrl: config.databaseUrl ?? undefined,
  dataDir: config.dataDir,
});
// COPY needs a dedicated connection; the Database interface deliberately hides the pool.
const copyClient = config.databaseUrl ? new pg.Client(config.databaseUrl) : null;
const started = performance.now();
const log = (message: string) =>
  console.log(`[seed ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}`);
try {
  await migrateDatabase(database);
  if (copyClient) {
    await copyClient.connect();
    // Bulk load settings for this session only: the generator's rows are consistent by
    // construction, so FK triggers are skipped (superuser only), and a crash mid-seed means
    // re-running with --force anyway, so commits need not wait for the WAL flush.
    await copyClient.query('set synchronous_commit = off');
    await copyClient.query('set session_replication_role = replica').catch(() => {
      log('not a superuser: foreign keys are checked row by row (slower)');
    });
  }
  log(`${database.kind}: ${scale.accounts} accounts, ${scale.trips} trips, seed ${values.seed}`);
  const summary = await seedDemoData(database, {
    scale,
    seed: values.seed,
    asOf,
    days: positiveInteger('days', values.days),
    force: values.force,
    sink: copyClient ? createCopySink(copyClient) : undefined,
    onProgress: log,
  });
  log(JSON.stringify(summary));
  if (copyClient) {
    // Bulk-loaded tables have no visibility map or statistics yet: index-only scans and plans
    // would be wrong until autovacuum comes round, so benchmarks would measure that instead.
    log('vacuum (analyze)');
    await copyClient.query('vacuum (analyze)');
    log('ready');
  }
} catch (error) {
  if (!(error instanceof SeedRefusedError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await copyClient?.end();
  await database.close();
}
