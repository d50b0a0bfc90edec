/**
 * Exactly-once under faults (BRIEF.md §5): known trips go through the real gateway process into
 * real Kafka and the real stream processor process into a scratch PostgreSQL database, while
 * batches are duplicated, the processor is SIGKILLed mid-batch, the broker and PostgreSQL are
 * restarted and Redis is emptied. After each fault: every distinct trip posted exactly once by
 * count and by cents, the ledger and minute rollup agree, and the dashboard cache equals the
 * rollup. Run alone (`npm run test:faults`): it restarts servers other suites use.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cache } from '../src/adapters/cache/cache.ts';
import { createRedisCache } from '../src/adapters/cache/redis-cache.ts';
import type { Database } from '../src/adapters/database/database.ts';
import { createPostgresDatabase } from '../src/adapters/database/postgres-database.ts';
import { deleteKafkaTopics, requireKafkaBrokers } from '../src/adapters/event-log/kafka-testing.ts';
import { tripTopicsWithSuffix } from '../src/stream/outcome-records.ts';
import {
  createScratchPostgres,
  type ScratchPostgres,
} from '../src/platform/testing/scratch-postgres.ts';
import {
  batchesOf,
  knownTrips,
  seedFaultNetwork,
  sendAll,
  type FaultDevice,
} from './fault-traffic.ts';
import {
  freePort,
  startIngest,
  startStream,
  type ChildService,
  type PipelineEnv,
} from './pipeline-processes.ts';
import {
  compareProjections,
  countTrips,
  expectedTruth,
  waitForMoreTrips,
  waitForPosted,
  type Expected,
} from './reconcile.ts';
import {
  emptyRedis,
  leaveServicesRunning,
  restartPostgres,
  startKafka,
  stopKafka,
} from './service-control.ts';

/** Redis database index of this suite alone, so emptying it touches nobody else's keys. */
const FAULT_REDIS_DB = 13;
const brokers = requireKafkaBrokers();
const redisUrl = `${(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379').replace(/\/\d*$/, '')}/${FAULT_REDIS_DB}`;
const run = randomBytes(4).toString('hex');
// On a minute boundary: the cache and the rollup both count whole minutes.
const suiteStart = new Date(Math.floor((Date.now() - 6 * 3_600_000) / 60_000) * 60_000);

let scratch: ScratchPostgres;
let database: Database;
let cache: Cache;
let device: FaultDevice;
let pipeline: PipelineEnv;
let ingestUrl: string;
let ingest: ChildService | undefined;
let stream: ChildService | undefined;
const expected: Expected = { tagTrips: 0, plateTrips: 0 };
let slot = 0;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The next test's trips: their own ids and their own 40 minutes of the last six hours. */
function nextTrips(name: string, count: number) {
  const from = new Date(suiteStart.getTime() + slot * 40 * 60_000);
  const trips = knownTrips(`${name}-${run}`, slot, from, count, device.name);
  slot += 1;
  expected.tagTrips += trips.tagTrips;
  expected.plateTrips += trips.plateTrips;
  return trips;
}

/** Sends trips in batches of 50 from two paced senders, each batch retried until acknowledged. */
function sendWave(events: readonly object[]) {
  return sendAll(ingestUrl, device, batchesOf(events, 50), {
    concurrency: 2,
    deadline: Date.now() + 200_000,
    pauseMs: 40,
  });
}

/** False once the gateway or the processor exited on its own: waiting longer is pointless. */
const pipelineAlive = () => Boolean(ingest?.alive() && stream?.alive());

/** Every distinct trip sent so far posted exactly once; the cache equal to the rollup. */
async function reconcile(): Promise<void> {
  const truth = await waitForPosted(database, expected, 150_000, pipelineAlive);
  if (!pipelineAlive()) throw new Error(`a pipeline process died:\n${failureContext()}`);
  expect(truth).toEqual(expectedTruth(expected));
  const range = { from: suiteStart, to: new Date(Date.now() + 60_000) };
  const projections = await compareProjections(database, cache, range, 30_000);
  expect(projections.cache).toEqual(projections.postgres);
  expect(projections.postgres.reduce((sum, m) => sum + m.trips, 0)).toBe(truth?.trips);
}

function failureContext(): string {
  return [ingest, stream].map((s) => (s ? `--- ${s.name}\n${s.output()}` : '')).join('\n');
}

beforeAll(async () => {
  scratch = await createScratchPostgres();
  database = await createPostgresDatabase(scratch.url);
  device = await seedFaultNetwork(database);
  await emptyRedis(redisUrl);
  cache = await createRedisCache(redisUrl);
  pipeline = {
    databaseUrl: scratch.url,
    redisUrl,
    kafkaBrokers: brokers.join(','),
    topicSuffix: `.fault-${run}`,
    group: `fault-${run}`,
    dataDir: mkdtempSync(join(tmpdir(), 'beaus-faults-')),
    logPrefix: join(tmpdir(), `beaus-faults-${run}-`),
  };
  const port = await freePort();
  ingestUrl = `http://127.0.0.1:${port}/ingest/v1/trips`;
  ingest = await startIngest(pipeline, port);
  stream = startStream(pipeline);
}, 120_000);

afterAll(async () => {
  // Nothing here may throw before the services are running again: other suites need them.
  await Promise.allSettled([ingest?.stop(), stream?.stop()]);
  const problems = await leaveServicesRunning();
  await Promise.allSettled([cache?.close(), database?.close()]);
  await Promise.allSettled([
    scratch?.drop(),
    deleteKafkaTopics(brokers, Object.values(tripTopicsWithSuffix(pipeline.topicSuffix))),
    emptyRedis(redisUrl),
  ]);
  rmSync(pipeline.dataDir, { recursive: true, force: true });
  if (problems.length > 0) throw new Error(`services left down: ${problems.join('; ')}`);
}, 240_000);

describe('the trip pipeline under faults (real Kafka, PostgreSQL, Redis)', () => {
  it('posts each trip once when batches are re-sent, overlapped and duplicated', async () => {
    const { events } = nextTrips('dup', 2000);
    const batches = batchesOf(events, 100);
    const overlapping = batches
      .slice(1)
      .map((batch, i) => [...(batches[i] ?? []).slice(50), ...batch.slice(0, 50)]);
    const withRepeats = batches.map((batch) => [...batch, ...batch.slice(0, 5)]);
    // Every event at least three times, from concurrent senders, in no particular order.
    const sends = [...batches, ...withRepeats, ...overlapping].sort(() => Math.random() - 0.5);
    await sendAll(ingestUrl, device, sends, { concurrency: 4, deadline: Date.now() + 60_000 });
    await reconcile();
  }, 240_000);

  it('posts each trip once when the processor is SIGKILLed mid-batch and restarted', async () => {
    // A wave of new trips before each kill: sent all at once, a quick restart could post every
    // remaining trip before the last kill, which then waited for progress that could not come
    // (the "no progress within 120 s" flake; the consumer group itself rejoined within 10 s).
    const { events } = nextTrips('kill', 2400);
    const waves = batchesOf(events, 600);
    const sends: Promise<unknown>[] = [];
    for (let kill = 0; kill < waves.length - 1; kill += 1) {
      const before = await countTrips(database);
      sends.push(sendWave(waves[kill] ?? []));
      // Kill only while it is posting: wait for the trip count to move, then strike.
      const moved = await waitForMoreTrips(database, before, 120_000, pipelineAlive);
      if (moved <= before) {
        throw new Error(`no progress after ${kill} kills (${moved} trips)\n${failureContext()}`);
      }
      await pause(Math.floor(Math.random() * 150));
      await stream?.kill();
      stream = startStream(pipeline);
    }
    sends.push(sendWave(waves.at(-1) ?? []));
    await Promise.all(sends);
    await reconcile();
  }, 420_000);

  it('posts each trip once across a Kafka broker restart', async () => {
    const { events } = nextTrips('kafka', 2000);
    const sending = sendAll(ingestUrl, device, batchesOf(events, 50), {
      concurrency: 2,
      deadline: Date.now() + 150_000,
      pauseMs: 100,
    });
    await pause(1000);
    try {
      await stopKafka();
      await pause(2000);
    } finally {
      await startKafka();
    }
    await sending;
    await reconcile();
  }, 300_000);

  it('posts each trip once across a PostgreSQL restart', async () => {
    const { events } = nextTrips('pg', 2000);
    const sending = sendAll(ingestUrl, device, batchesOf(events, 50), {
      concurrency: 2,
      deadline: Date.now() + 120_000,
      pauseMs: 100,
    });
    await pause(1000);
    await restartPostgres();
    await sending;
    await reconcile();
  }, 240_000);

  it('rebuilds the dashboard cache from PostgreSQL when Redis is emptied', async () => {
    const { events } = nextTrips('redis', 2000);
    const sending = sendAll(ingestUrl, device, batchesOf(events, 50), {
      concurrency: 2,
      deadline: Date.now() + 120_000,
      pauseMs: 100,
    });
    await pause(1000);
    await emptyRedis(redisUrl);
    await pause(1000);
    await emptyRedis(redisUrl);
    await sending;
    await reconcile();
  }, 240_000);
});
