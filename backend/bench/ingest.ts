/**
 * Ingest benchmark: batches of 500 trip.v1 events through the real HTTP gateway into real Kafka
 * (idempotent producer, acks=all), beside Kafka's own ProducerPerformance for records of the same
 * size measured in the same run. Prints trips/s, p50/p99 batch acknowledgement and the ratio.
 *
 *   npm run kafka:start
 *   KAFKA_BROKERS=127.0.0.1:9092 npm run bench:ingest -w backend
 *
 * Options (environment): BENCH_SECONDS (15), BENCH_CONNECTIONS (8), BENCH_BATCH (500),
 * BENCH_PARTITIONS (12). The device table lives in PGlite unless DATABASE_URL is set. A 2 s
 * warm-up runs first and is not counted. Run it on a quiet machine: the gateway, the load
 * generator (a worker thread) and the broker share the cores.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import pino from 'pino';
import { createDatabase } from '../src/adapters/database/create-database.ts';
import { createKafkaEventLog } from '../src/adapters/event-log/kafka-event-log.ts';
import { deleteKafkaTopics } from '../src/adapters/event-log/kafka-testing.ts';
import { repositoryRoot } from '../src/config/config.ts';
import { buildIngestApp } from '../src/ingest/app.ts';
import { rotateDeviceCredential } from '../src/ingest/device-credentials.ts';
import { seedDevice } from '../src/ingest/ingest-fixture.ts';
import type { LoadOptions, LoadResult } from './ingest-load.ts';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 15);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 8);
const batchSize = Number(process.env['BENCH_BATCH'] ?? 500);
const partitions = Number(process.env['BENCH_PARTITIONS'] ?? 12);
const brokersText = process.env['KAFKA_BROKERS'];
if (!brokersText) throw new Error('Set KAFKA_BROKERS (npm run kafka:start gives 127.0.0.1:9092)');
const brokers = brokersText.split(',');

/** A realistic mix: mostly tags, some plate-only reads, a few with images. */
function trip(device: string, batch: number, index: number) {
  const n = batch * batchSize + index;
  const plate = {
    jurisdiction: 'NC',
    text: `ABC-${String(n % 10_000).padStart(4, '0')}`,
    confidence: 0.93,
  };
  return {
    schema: 'trip.v1',
    eventId: `${device}-${n.toString(36).padStart(8, '0')}`,
    deviceId: device,
    plazaId: 'PLZ-540-E',
    laneId: '2',
    direction: 'E',
    occurredAt: new Date(Date.UTC(2026, 10, 25, 12, 0, 0, n * 37)).toISOString(),
    ...(n % 5 === 0 ? { plate } : { tagId: `NCQP.${String(n % 50_000).padStart(10, '0')}`, plate }),
    vehicleClass: 2 + (n % 7 === 0 ? 3 : 0),
    imageKeys: n % 5 === 0 ? [`evidence/2026/11/25/${device}-${n}-rear.jpg`] : [],
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const worker = new Worker(resolve(import.meta.dirname, 'ingest-load.ts'), {
    workerData: options,
  });
  return new Promise((done, fail) => {
    worker.once('message', (result: LoadResult) => {
      void worker.terminate();
      done(result);
    });
    worker.once('error', fail);
  });
}

/** Kafka's own producer test: same record size, acks=all, idempotence on, same broker. */
async function kafkaReference(topic: string, records: number, recordSize: number) {
  const script = resolve(repositoryRoot, 'scripts/kafka/kafka.sh');
  const { stdout } = await promisify(execFile)(
    'bash',
    [
      script,
      'tool',
      'org.apache.kafka.tools.ProducerPerformance',
      '--topic',
      topic,
      '--num-records',
      String(records),
      '--record-size',
      String(recordSize),
      '--throughput',
      '-1',
      '--producer-props',
      `bootstrap.servers=${brokers.join(',')}`,
      'acks=all',
      'enable.idempotence=true',
      'linger.ms=5',
      'batch.size=262144',
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const summary = stdout.trim().split('\n').at(-1) ?? '';
  const rate = /([\d.]+) records\/sec/.exec(summary);
  return { recordsPerSecond: rate ? Number(rate[1]) : NaN, summary };
}

async function main() {
  const database = await createDatabase({ databaseUrl: process.env['DATABASE_URL'] });
  const device = await seedDevice(database).catch(async () => {
    const [row] = await database.query<{ id: number; name: string }>(
      `select id, name from roadside_devices where name = 'plz-540-e-2'`,
    );
    return row;
  });
  const secret = await rotateDeviceCredential(database, Number(device.id));
  const stamp = Date.now();
  const topic = `bench.trips.raw.${stamp}`;
  const referenceTopic = `bench.reference.${stamp}`;
  const eventLog = await createKafkaEventLog({
    brokers,
    partitions,
    topicPartitions: { [referenceTopic]: partitions },
  });
  const app = await buildIngestApp({
    database,
    eventLog,
    logger: pino({ level: 'warn' }),
    topic,
    maxBatchSize: batchSize,
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  // Create the reference topic with the same partitions before ProducerPerformance writes to it.
  await eventLog.append(referenceTopic, [{ key: 'warm-up', value: 'x' }]);

  const bodies = Array.from({ length: 40 }, (_, batch) =>
    JSON.stringify(
      Array.from({ length: batchSize }, (_, index) => trip(device.name, batch, index)),
    ),
  );
  const recordSize = Math.round(Buffer.byteLength(bodies[0]) / batchSize) + 30; // + receivedAt
  const loadOptions = {
    url: `${address}/ingest/v1/trips`,
    authorization: `Basic ${Buffer.from(`${device.name}:${secret}`).toString('base64')}`,
    bodies,
    connections,
  };
  // Warm-up (not measured): topic metadata, producer ids, JIT, the device cache.
  await runLoad({ ...loadOptions, durationMs: 2000 });
  const load = await runLoad({ ...loadOptions, durationMs: seconds * 1000 });
  await app.close();

  const trips = load.latenciesMs.length * batchSize;
  const tripsPerSecond = trips / (load.elapsedMs / 1000);
  const sorted = [...load.latenciesMs].sort((a, b) => a - b);
  const reference = await kafkaReference(referenceTopic, Math.max(trips, 500_000), recordSize);

  const lines = [
    `ingest gateway → Kafka (acks=all, idempotent), ${batchSize} trips/batch, ${connections} connections, ${seconds}s, ${partitions} partitions`,
    `  trips acknowledged    ${trips}  (batches ${load.latenciesMs.length}, failed ${load.failures}, statuses ${JSON.stringify(load.statusCounts)})`,
    `  throughput            ${Math.round(tripsPerSecond)} trips/s   (target ≥ 100000)`,
    `  batch ack latency     p50 ${percentile(sorted, 50).toFixed(1)} ms   p99 ${percentile(sorted, 99).toFixed(1)} ms   (target p99 < 50)`,
    `Kafka ProducerPerformance, ${recordSize}-byte records, acks=all, idempotent`,
    `  ${reference.summary}`,
    `  ratio gateway/Kafka   ${(tripsPerSecond / reference.recordsPerSecond).toFixed(2)}   (target ≥ 0.5)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  await eventLog.close();
  await deleteKafkaTopics(brokers, [topic, referenceTopic]);
  await database.close();
}

await main();
