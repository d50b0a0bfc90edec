import { randomUUID } from 'node:crypto';
import type { EventLog } from './event-log.ts';
import { describeEventLogContract } from './event-log.contract.ts';
import { createKafkaEventLog } from './kafka-event-log.ts';
import { deleteKafkaTopics, requireKafkaBrokers } from './kafka-testing.ts';

const brokers = requireKafkaBrokers();

/** A log that remembers the topics it wrote, so the run can delete them afterwards. */
async function openTrackedLog(partitions: number) {
  const log = await createKafkaEventLog({ brokers, partitions, pollWaitMs: 500 });
  const created = new Set<string>();
  const append = log.append.bind(log);
  const poll = log.poll.bind(log);
  log.append = async (topic, records) => {
    if (records.length > 0) created.add(topic);
    await append(topic, records);
  };
  // A consumer creates its topic too (processors may start before the first append).
  log.poll = async (group, topic, options) => {
    created.add(topic);
    return poll(group, topic, options);
  };
  return {
    log,
    async close() {
      await log.close();
      await deleteKafkaTopics(brokers, created);
    },
  };
}

// One partition, so the contract's offsets (0, 1, 2 …) are the partition's own.
describeEventLogContract('Kafka', () => openTrackedLog(1));

describe('Kafka event log with several partitions', () => {
  let log: EventLog;
  let close: () => Promise<void>;
  /** Topics written by logs other than `log`, deleted at the end. */
  const created = new Set<string>();
  beforeAll(async () => {
    ({ log, close } = await openTrackedLog(4));
  });
  afterAll(async () => {
    await close?.();
    await deleteKafkaTopics(brokers, created);
  });

  const read = (key: string, n: number) => ({ key, value: JSON.stringify({ key, n }) });

  it('keeps each key in one partition, in append order', async () => {
    const topic = `trips-${randomUUID()}`;
    const keys = ['tag:A', 'tag:B', 'tag:C', 'plate:NC:ABC1234', 'tag:D', 'tag:E'];
    for (let n = 0; n < 3; n += 1)
      await log.append(
        topic,
        keys.map((key) => read(key, n)),
      );
    const events = await log.poll('posting', topic, { maxRecords: 100 });
    expect(events).toHaveLength(18);
    for (const key of keys) {
      const ofKey = events.filter((event) => event.key === key);
      expect(new Set(ofKey.map((event) => event.partition)).size).toBe(1);
      expect(ofKey.map((event) => JSON.parse(event.value.toString()).n)).toEqual([0, 1, 2]);
    }
    expect(new Set(events.map((event) => event.partition)).size).toBeGreaterThan(1);
  });

  it('commits per partition: committing one partition leaves the others to redeliver', async () => {
    const topic = `trips-${randomUUID()}`;
    await log.append(
      topic,
      ['tag:A', 'tag:B', 'tag:C', 'tag:D', 'tag:E'].map((key) => read(key, 0)),
    );
    const events = await log.poll('posting', topic, { maxRecords: 100 });
    const committed = events[0];
    await log.commit('posting', committed);
    const again = await log.poll('posting', topic, { maxRecords: 100 });
    const position = (event: { partition: number; offset: number }) =>
      `${event.partition}@${event.offset}`;
    expect(again.map(position).sort()).toEqual(events.slice(1).map(position).sort());
  });

  it('starts a new consumer from the committed positions (a restarted processor)', async () => {
    const topic = `trips-${randomUUID()}`;
    created.add(topic);
    const stopped = await openTrackedLog(4);
    await stopped.log.append(topic, [read('tag:A', 0), read('tag:A', 1)]);
    const [first] = await stopped.log.poll('posting', topic, { maxRecords: 1 });
    await stopped.log.commit('posting', first);
    // Leaving the group hands its partitions to the next member at once.
    await stopped.log.close();
    const restarted = await openTrackedLog(4);
    try {
      const events = await restarted.log.poll('posting', topic, { maxRecords: 10 });
      expect(events.map((event) => JSON.parse(event.value.toString()).n)).toEqual([1]);
    } finally {
      await restarted.log.close();
    }
  });

  it('refuses an append the broker rejects, then keeps appending and loses nothing', async () => {
    const topic = `trips-${randomUUID()}`;
    await log.append(topic, [read('tag:A', 0)]);
    // Over the broker's 1 MB message limit: the whole produce request fails.
    const tooLarge = { key: 'tag:B', value: Buffer.alloc(2 * 1024 * 1024) };
    await expect(log.append(topic, [read('tag:B', 1), tooLarge])).rejects.toThrow();
    await log.append(topic, [read('tag:A', 2), read('tag:B', 3)]);
    const events = await log.poll('posting', topic, { maxRecords: 100 });
    const values = events.map((event) => JSON.parse(event.value.toString()).n).sort();
    expect(values).toEqual([0, 2, 3]);
  });
});
