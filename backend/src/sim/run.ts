/**
 * Runs the traffic simulator against a running ingest gateway:
 *
 *   DATABASE_URL=… node backend/src/sim/run.ts --rate 5 [--url http://127.0.0.1:8090] [--seed 7]
 *
 * The database is read once for lanes and registered vehicles; images go to the configured
 * object store (S3_BUCKET or the data folder). With embedded PGlite the BFF owns the database
 * file, so there the BFF starts the simulator in its own process (`startSimulator`).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase } from '../adapters/database/create-database.ts';
import { createFsObjectStore } from '../adapters/object-store/fs-object-store.ts';
import { createS3ObjectStore } from '../adapters/object-store/s3-object-store.ts';
import { loadConfig } from '../config/config.ts';
import { demoDeviceCredential } from '../seed/index.ts';
import { loadRoadCatalog } from './road-catalog.ts';
import { startSimulator } from './simulator.ts';
import { seededRandom } from './traffic-model.ts';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '5' },
    url: { type: 'string', default: `http://127.0.0.1:${process.env['INGEST_PORT'] ?? 8090}` },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    credential: { type: 'string', default: demoDeviceCredential },
  },
});
const rate = Number(values.rate);
if (!(rate > 0)) throw new Error(`--rate must be a positive number of passages per second`);

const config = loadConfig();
if (!config.databaseUrl) {
  process.stderr.write(
    'sim: set DATABASE_URL (embedded PGlite has one owner: the BFF runs the simulator itself)\n',
  );
  process.exit(78);
}
const database = await createDatabase({ databaseUrl: config.databaseUrl });
const catalog = await loadRoadCatalog(database).finally(() => database.close());
const objectStore = config.s3
  ? createS3ObjectStore(config.s3)
  : await createFsObjectStore(join(config.dataDir, 'objects'));

const simulator = startSimulator({
  catalog,
  objectStore,
  ingestUrl: values.url,
  credentialFor: () => values.credential,
  ratePerSecond: rate,
  random: seededRandom(Number(values.seed)),
});
process.stdout.write(
  `sim: ${catalog.lanes.length} lanes, ${catalog.vehicles.length} known vehicles, ${rate}/s → ${values.url}\n`,
);
const report = setInterval(
  () => process.stdout.write(`sim: ${JSON.stringify(simulator.stats)}\n`),
  10_000,
);
const stop = async () => {
  clearInterval(report);
  await simulator.stop();
  await objectStore.close();
  process.stdout.write(`sim: stopped ${JSON.stringify(simulator.stats)}\n`);
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
