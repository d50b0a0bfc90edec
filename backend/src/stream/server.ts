/**
 * The stream processor as its own process (scaled posture): configuration → adapters →
 * migrations → consumer loops. SIGTERM/SIGINT let each loop finish its batch and commit its
 * offsets, then close the adapters. Scale out by running more processes in the same consumer
 * group (Kafka spreads the partitions). The embedded posture runs the same loops inside the BFF
 * through startStreamProcessors: PGlite belongs to one process.
 *
 * STREAM_CONSUMERS (1-64, default 1): loops in this process. STREAM_BATCH_SIZE (1-20000,
 * default 2000): records per batch. STREAM_GROUP (default stream-processor): the consumer group.
 * TRIP_TOPIC_SUFFIX (default none): appended to every trip topic name, so fault tests and
 * side-by-side environments share a broker without sharing records.
 */
import { migrateDatabase } from '../adapters/database/migrate.ts';
import { createEventLog } from '../adapters/event-log/create-event-log.ts';
import { ConfigError, loadConfig } from '../config/config.ts';
import { createLogger } from '../logging/logger.ts';
import { closeAdapters, createAdapters } from '../platform/create-adapters.ts';
import { tripTopicsWithSuffix } from './outcome-records.ts';
import { defaultLoopOptions } from './processor-loop.ts';
import { startStreamProcessors } from './start-stream-processors.ts';

function integerVariable(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min && value <= max)) {
    throw new ConfigError([`${name} must be a whole number from ${min} to ${max}, got '${raw}'`]);
  }
  return value;
}

function nameVariable(name: string, fallback: string): string {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(raw)) {
    throw new ConfigError([
      `${name} may hold only letters, digits, '.', '_' and '-', got '${raw}'`,
    ]);
  }
  return raw;
}

async function main(): Promise<void> {
  let consumers: number;
  let batchSize: number;
  let group: string;
  let topicSuffix: string;
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
    consumers = integerVariable('STREAM_CONSUMERS', 1, 1, 64);
    batchSize = integerVariable('STREAM_BATCH_SIZE', 2000, 1, 20_000);
    group = nameVariable('STREAM_GROUP', defaultLoopOptions.group);
    topicSuffix = nameVariable('TRIP_TOPIC_SUFFIX', '');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Beaus stream processor cannot start. ${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  const logger = createLogger({ level: config.logLevel });
  const topics = tripTopicsWithSuffix(topicSuffix);
  const adapters = await createAdapters(config, { tripTopics: topics, logger });
  const migration = await migrateDatabase(adapters.database);
  if (!migration.applied) logger.warn(`migrations not applied: ${migration.reason}`);
  const processors = await startStreamProcessors(
    { database: adapters.database, eventLog: adapters.eventLog, cache: adapters.cache, logger },
    {
      consumers,
      // Each extra loop is its own Kafka consumer in the group (ignored on the Postgres-table log).
      openConsumerLog: () =>
        createEventLog(config, adapters.database, { tripTopics: topics, logger }),
      loop: { maxRecords: batchSize, group, topics },
    },
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stream processor stopping: finishing the batch in hand');
    await processors.stop();
    await closeAdapters(adapters);
    logger.info('stream processor stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Beaus stream processor failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
