/**
 * The BFF process: configuration → adapters → migrations → demo data on first run → app →
 * listen. SIGTERM/SIGINT stop accepting, drain in-flight requests, then close the adapters.
 */
import { inspect } from 'node:util';
import { migrateDatabase } from './adapters/database/migrate.ts';
import { ConfigError, loadConfig, type Config } from './config/config.ts';
import { startEmbeddedPipeline, type EmbeddedPipeline } from './embedded-pipeline.ts';
import { createLogger, type Logger } from './logging/logger.ts';
import { buildApp } from './platform/app.ts';
import { bffExtraRoutes } from './platform/bff-extra-routes.ts';
import { closeAdapters, createAdapters, type Adapters } from './platform/create-adapters.ts';
import { appNames } from './platform/static-apps.ts';
import { demoPassword, isDatabaseEmpty, seedDemoData } from './seed/index.ts';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Beaus cannot start. ${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
}

async function seedOnFirstRun(adapters: Adapters, config: Config, logger: Logger): Promise<void> {
  if (config.seed !== 'demo' || !(await isDatabaseEmpty(adapters.database))) return;
  logger.info('first run: seeding demo data (small scale)');
  try {
    const summary = await seedDemoData(adapters.database, {
      scale: 'small',
      objectStore: adapters.objectStore,
      onProgress: (message) => logger.info(`seed: ${message}`),
    });
    logger.info({ summary }, 'demo data seeded');
  } catch (error) {
    // The next start would see a non-empty database and skip seeding, so say how to recover.
    const where = config.databaseUrl ? 'the database' : `${config.dataDir}/pglite`;
    throw new Error(`Seeding demo data failed; remove ${where} and start again.`, { cause: error });
  }
}

function printWelcome(config: Config, address: string): void {
  const origin = address.replace('127.0.0.1', 'localhost');
  const lines = [
    '',
    `Beaus Tolling is running (${config.environmentName}).`,
    ...appNames.map((name) => `  ${name.padEnd(11)} ${origin}/${name}/`),
    `  health      ${origin}/api/health`,
    `  openapi     ${origin}/api/openapi.json`,
  ];
  if (config.pipeline === 'in-process') {
    lines.push(`  ingest      POST ${origin}/ingest/v1/trips (roadside devices)`);
  }
  if (config.seed === 'demo' && !config.cognito) {
    lines.push(
      '',
      `Demo sign-ins (password for all: ${demoPassword}):`,
      '  agent1 (agent), super1 (supervisor), admin1 (admin), customer1 and customer2 (customers)',
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger({ level: config.logLevel });
  const adapters = await createAdapters(config, { logger });
  const migration = await migrateDatabase(adapters.database);
  if (!migration.applied) logger.warn(`migrations not applied: ${migration.reason}`);
  await seedOnFirstRun(adapters, config, logger);

  const app = await buildApp(
    { ...adapters, config, logger },
    { extraRoutes: bffExtraRoutes(config.pipeline) },
  );
  let pipeline: EmbeddedPipeline | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    // app.close() stops accepting connections and waits for in-flight requests.
    // No new simulated trips and no half-processed batch: the log keeps the rest for next time.
    await pipeline?.stop();
    await app.close();
    await closeAdapters(adapters);
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  const address = await app.listen({ port: config.port, host: config.host });
  if (config.pipeline === 'in-process') {
    pipeline = await startEmbeddedPipeline(adapters, config, logger, address);
  }
  printWelcome(config, address);
}

main().catch((error: unknown) => {
  // inspect() includes the cause chain (e.g. the database error under a seeding failure).
  process.stderr.write(`Beaus failed to start: ${inspect(error)}\n`);
  process.exit(1);
});
