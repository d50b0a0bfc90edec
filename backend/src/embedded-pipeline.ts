/**
 * The pipeline inside the BFF process (embedded posture, `npm start`): the stream processors
 * consume trips.raw from the same event log the BFF's ingest route appends to, and the traffic
 * simulator sends roadside batches through that real ingest API. PGlite belongs to one process,
 * so in the embedded posture this is the only way to run them; scaled deployments set
 * PIPELINE=off and run backend/src/ingest/server.ts and backend/src/stream/server.ts instead.
 */
import { paymentServicesFor } from './api/customer/payment-services.ts';
import { runAutoTopUps } from './billing/auto-top-up-worker.ts';
import type { Config } from './config/config.ts';
import type { Logger } from './logging/logger.ts';
import type { Adapters } from './platform/create-adapters.ts';
import { demoDeviceCredential } from './seed/index.ts';
import { loadRoadCatalog, loadVehiclesRegisteredAfter } from './sim/road-catalog.ts';
import { startSimulator, type RunningSimulator } from './sim/simulator.ts';
import { seededRandom } from './sim/traffic-model.ts';
import { startStreamProcessors, type StreamProcessors } from './stream/start-stream-processors.ts';

export interface EmbeddedPipeline {
  /** Stops the simulator first (no new trips), then lets the processors finish their batch. */
  stop(): Promise<void>;
}

export async function startEmbeddedPipeline(
  adapters: Adapters,
  config: Config,
  logger: Logger,
  ingestUrl: string,
): Promise<EmbeddedPipeline> {
  const processors: StreamProcessors = await startStreamProcessors({
    database: adapters.database,
    eventLog: adapters.eventLog,
    cache: adapters.cache,
    logger: logger.child({ component: 'stream' }),
  });
  let simulator: RunningSimulator | null = null;
  if (config.simulatorRate > 0) {
    simulator = startSimulator({
      catalog: await loadRoadCatalog(adapters.database),
      // A driver who signs up while the server runs gets a trip within about half a minute.
      lookForNewVehicles: (afterId) => loadVehiclesRegisteredAfter(adapters.database, afterId),
      objectStore: adapters.objectStore,
      ingestUrl,
      // Seeded roadside devices share the demo credential; real devices each have their own.
      credentialFor: () => demoDeviceCredential,
      ratePerSecond: config.simulatorRate,
      random: seededRandom(Date.now()),
    });
    logger.info({ ratePerSecond: config.simulatorRate }, 'traffic simulator started');
  }
  const topUps = startAutoTopUps(adapters, config, logger);
  return {
    async stop() {
      await simulator?.stop();
      await topUps.stop();
      await processors.stop();
    },
  };
}

/** How often pending auto top-ups (requested by the processors) are charged to the card on file. */
const autoTopUpEveryMs = 30_000;

/**
 * Charges the auto top-ups the processors request, so a prepaid tag never stays low because
 * nobody ran the job. The billing cycle and escalation are NOT run here: they add a fee per
 * invoice, so they run on their configured cycle (`npm run billing -w backend`, a daily job).
 */
function startAutoTopUps(adapters: Adapters, config: Config, logger: Logger) {
  const { gateway, mailer } = paymentServicesFor(config);
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = runAutoTopUps({ database: adapters.database, gateway, mailer }, new Date()).then(
      (result) => {
        if (result.charged + result.declined > 0) logger.info(result, 'auto top-ups charged');
      },
      (error: unknown) => logger.warn({ err: error }, 'auto top-up run failed; retried next time'),
    );
  }, autoTopUpEveryMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
