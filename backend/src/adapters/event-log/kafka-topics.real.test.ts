import { randomUUID } from 'node:crypto';
import { Admin, ConfigResourceTypes } from '@platformatic/kafka';
import { loadConfig } from '../../config/config.ts';
import type { Database } from '../database/database.ts';
import { createEventLog } from './create-event-log.ts';
import type { EventLog } from './event-log.ts';
import type { EventLogLogger } from './kafka-connection.ts';
import { createKafkaEventLog } from './kafka-event-log.ts';
import { deleteKafkaTopics, requireKafkaBrokers } from './kafka-testing.ts';

const brokers = requireKafkaBrokers();
const admin = new Admin({ clientId: 'beaus-topics-test', bootstrapBrokers: brokers });
const created = new Set<string>();
const logs: EventLog[] = [];
/** The Kafka log never touches the database; the Postgres-table log is not built here. */
const noDatabase = {} as Database;

afterAll(async () => {
  await Promise.allSettled(logs.map((log) => log.close()));
  await deleteKafkaTopics(brokers, created);
  await admin.close();
});

function names(suffix: string) {
  const topics = {
    raw: `trips.raw.${suffix}`,
    posted: `trips.posted.${suffix}`,
    review: `trips.review.${suffix}`,
    deadLetter: `trips.dead-letter.${suffix}`,
  };
  for (const topic of Object.values(topics)) created.add(topic);
  return topics;
}

async function waitForTopics(topics: string[]): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const existing = new Set(await admin.listTopics());
    if (topics.every((topic) => existing.has(topic))) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`topics not created: ${topics.join(', ')}`);
}

async function layoutOf(topic: string) {
  const metadata = await admin.metadata({ topics: [topic], forceUpdate: true });
  const [description] = await admin.describeConfigs({
    resources: [
      {
        resourceType: ConfigResourceTypes.TOPIC,
        resourceName: topic,
        configurationKeys: ['min.insync.replicas'],
      },
    ],
  });
  return {
    partitions: metadata.topics.get(topic)?.partitionsCount,
    replicas: metadata.topics.get(topic)?.partitions[0]?.replicas.length,
    minInsyncReplicas: description?.configs.find((c) => c.name === 'min.insync.replicas')?.value,
  };
}

describe('Kafka trip topics from configuration (real broker)', () => {
  it('creates the four topics at start with the configured partitions, replicas and min ISR', async () => {
    const config = loadConfig({
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_RAW_PARTITIONS: '5',
      KAFKA_POSTED_PARTITIONS: '4',
      KAFKA_REVIEW_PARTITIONS: '2',
      KAFKA_DEAD_LETTER_PARTITIONS: '1',
      KAFKA_REPLICATION_FACTOR: '1',
      KAFKA_MIN_INSYNC_REPLICAS: '1',
    });
    const tripTopics = names(randomUUID());
    logs.push(await createEventLog(config, noDatabase, { tripTopics }));
    await waitForTopics(Object.values(tripTopics));
    expect(await layoutOf(tripTopics.raw)).toEqual({
      partitions: 5,
      replicas: 1,
      minInsyncReplicas: '1',
    });
    expect((await layoutOf(tripTopics.posted)).partitions).toBe(4);
    expect((await layoutOf(tripTopics.review)).partitions).toBe(2);
    expect((await layoutOf(tripTopics.deadLetter)).partitions).toBe(1);
  });

  it('leaves a topic that exists with another layout as it is, and says so', async () => {
    const topic = `trips.raw.${randomUUID()}`;
    created.add(topic);
    await admin.createTopics({ topics: [topic], partitions: 2, replicas: 1 });
    const warnings: object[] = [];
    const logger: EventLogLogger = { info: () => undefined, warn: (o) => warnings.push(o) };
    const log = await createKafkaEventLog({ brokers, topicPartitions: { [topic]: 6 }, logger });
    logs.push(log);
    await log.append(topic, [{ key: 'tag:A', value: '{}' }]);
    expect((await layoutOf(topic)).partitions).toBe(2);
    expect(warnings).toEqual([
      expect.objectContaining({
        topic,
        partitions: 2,
        configured: expect.objectContaining({ partitions: 6 }),
      }),
    ]);
  });

  it('sets min.insync.replicas on the topics it creates (what acks=all waits for)', async () => {
    const topic = `trips.raw.${randomUUID()}`;
    created.add(topic);
    const log = await createKafkaEventLog({ brokers, partitions: 1, minInsyncReplicas: 2 });
    logs.push(log);
    // One broker here: Kafka caps the effective minimum at the replica count, so this succeeds.
    await log.append(topic, [{ key: 'tag:A', value: '{}' }]);
    expect(await layoutOf(topic)).toEqual({ partitions: 1, replicas: 1, minInsyncReplicas: '2' });
  });
});
