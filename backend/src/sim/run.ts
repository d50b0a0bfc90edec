/**
 * Runs the traffic simulator against a running ingest gateway, in one of two modes.
 *
 * Continuous traffic (reads lanes and vehicles once, then looks for new vehicles every 30 s):
 *   DATABASE_URL=… node backend/src/sim/run.ts --rate 5 [--url http://127.0.0.1:8090] [--seed 7]
 *
 * Trips at a chosen time, over HTTP only (works against `npm start`, whose PGlite the CLI must
 * not open):
 *   node backend/src/sim/run.ts --url http://localhost:8080 --device plz-540-e-2 \
 *     --plaza PLZ-540-E --lane 2 --at 2026-11-27T12:00:00Z --count 3 [--tag T | --plate NC:ABC1234]
 *
 * Images in continuous mode go to the configured object store (S3_BUCKET or the data folder).
 * With embedded PGlite the BFF starts continuous traffic in its own process (`startSimulator`).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase } from '../adapters/database/create-database.ts';
import { createFsObjectStore } from '../adapters/object-store/fs-object-store.ts';
import { createS3ObjectStore } from '../adapters/object-store/s3-object-store.ts';
import { loadConfig } from '../config/config.ts';
import { demoDeviceCredential } from '../seed/index.ts';
import { loadRoadCatalog, loadVehiclesRegisteredAfter } from './road-catalog.ts';
import { startSimulator } from './simulator.ts';
import { sendTimedTrips } from './timed-run.ts';
import { seededRandom } from './traffic-model.ts';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '5' },
    url: { type: 'string', default: `http://127.0.0.1:${process.env['INGEST_PORT'] ?? 8090}` },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    credential: { type: 'string', default: demoDeviceCredential },
    secret: { type: 'string' },
    at: { type: 'string' },
    device: { type: 'string' },
    plaza: { type: 'string' },
    lane: { type: 'string' },
    direction: { type: 'string', default: 'N' },
    count: { type: 'string', default: '1' },
    spacing: { type: 'string', default: '1' },
    class: { type: 'string', default: '2' },
    tag: { type: 'string' },
    plate: { type: 'string' },
  },
});

if (values.at !== undefined) {
  const code = await sendTimedTrips(
    { ...values, at: values.at, secret: values.secret ?? values.credential },
    (line) => process.stdout.write(`${line}\n`),
  ).catch((error: unknown) => {
    process.stderr.write(`sim: ${error instanceof Error ? error.message : String(error)}\n`);
    return 64;
  });
  process.exit(code);
}

const rate = Number(values.rate);
if (!(rate > 0)) throw new Error(`--rate must be a positive number of passages per second`);

const config = loadConfig();
if (!config.databaseUrl) {
  process.stderr.write(
    'sim: set DATABASE_URL (embedded PGlite has one owner: the BFF runs the simulator itself;\n' +
      '     to send trips at a chosen time to `npm start`, use --at with --device --plaza --lane)\n',
  );
  process.exit(78);
}
const database = await createDatabase({ databaseUrl: config.databaseUrl });
const catalog = await loadRoadCatalog(database);
const objectStore = config.s3
  ? createS3ObjectStore(config.s3)
  : await createFsObjectStore(join(config.dataDir, 'objects'));

const simulator = startSimulator({
  catalog,
  lookForNewVehicles: (afterId) => loadVehiclesRegisteredAfter(database, afterId),
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
  await database.close();
  process.stdout.write(`sim: stopped ${JSON.stringify(simulator.stats)}\n`);
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
