/**
 * The ingest gateway process (scaled posture): configuration → database (device credentials
 * only) → event log → listen on INGEST_PORT. Stateless, so any number run behind a load
 * balancer. SIGTERM/SIGINT stop accepting, let in-flight batches finish their append, then close.
 * Embedded posture: the BFF registers `ingestPlugin` itself (PGlite has one owner process).
 */
import { createDatabase } from '../adapters/database/create-database.ts';
import { migrateDatabase } from '../adapters/database/migrate.ts';
import { createEventLog } from '../adapters/event-log/create-event-log.ts';
import { ConfigError } from '../config/config.ts';
import { createLogger } from '../logging/logger.ts';
import { tripTopicsWithSuffix } from '../stream/outcome-records.ts';
import { buildIngestApp } from './app.ts';
import { loadIngestConfig, type IngestConfig } from './ingest-config.ts';
import { RAW_TRIPS_TOPIC } from './ingest-plugin.ts';

function readConfig(): IngestConfig {
  try {
    return loadIngestConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Beaus ingest cannot start. ${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const { shared } = config;
  const logger = createLogger({ level: shared.logLevel });
  if (!shared.databaseUrl) {
    logger.warn(
      'no DATABASE_URL: using PGlite in the data folder, which only one process may open',
    );
  }
  const database = await createDatabase({
    databaseUrl: shared.databaseUrl ?? undefined,
    dataDir: shared.dataDir,
  });
  await migrateDatabase(database);
  const eventLog = await createEventLog(shared, database, {
    tripTopics: tripTopicsWithSuffix(config.topicSuffix),
    // The gateway only writes trips.raw. Locally it creates that topic if missing; on MSK its
    // IAM role may create none (the stream processor does), so a missing topic means 503 + retry.
    createAtStart: ['raw'],
    logger,
  });
  const app = await buildIngestApp({
    database,
    eventLog,
    logger,
    maxBatchSize: config.maxBatchSize,
    appendTimeoutMs: config.appendTimeoutMs,
    deviceCacheTtlMs: config.deviceCacheTtlMs,
    topic: `${RAW_TRIPS_TOPIC}${config.topicSuffix}`,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'ingest shutting down: draining batches');
    await app.close();
    await eventLog.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  const address = await app.listen({ port: config.port, host: shared.host });
  logger.info({ address, eventLog: eventLog.kind }, 'ingest gateway listening');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Beaus ingest failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
