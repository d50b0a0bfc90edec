import {
  Admin,
  compatibilityPartitioner,
  ProduceAcks,
  Producer,
  stringSerializer,
} from '@platformatic/kafka';
import { probeHealth } from '../health-status.ts';
import type { EventLog, EventRecord } from './event-log.ts';
import { GroupReader } from './kafka-group-reader.ts';
import { SerialSender, type OutgoingMessage } from './kafka-serial-sender.ts';

export interface KafkaEventLogOptions {
  brokers: string[];
  clientId?: string;
  /** Partitions of a topic this log creates (default 12, the capacity model's start for trips.raw). */
  partitions?: number;
  /** Per-topic overrides of `partitions`. */
  topicPartitions?: Readonly<Record<string, number>>;
  /** Replication factor of created topics (1 on the single local broker, 3 on MSK). */
  replicas?: number;
  /** Producers appending in parallel (each keeps one request in flight). Default 4. */
  producers?: number;
  /** How long an empty poll waits for records before returning []. */
  pollWaitMs?: number;
}

/**
 * The event log on Apache Kafka through @platformatic/kafka. The producer is idempotent with
 * acks=all, so `append` resolves only when every in-sync replica has the batch and a retried
 * send cannot write a record twice. Keys are partitioned like Java clients (murmur2), so one
 * vehicle's reads stay in one partition whoever produced them.
 */
export async function createKafkaEventLog(options: KafkaEventLogOptions): Promise<EventLog> {
  const clientId = options.clientId ?? 'beaus';
  const base = { clientId, bootstrapBrokers: options.brokers, retries: 5 };
  const admin = new Admin(base);
  // Several producers, each with its own producer id and one request in flight (see
  // SerialSender), so appends overlap without sharing a sequence space.
  const createProducer = () =>
    new Producer<string, Buffer, string, string>({
      ...base,
      idempotent: true,
      acks: ProduceAcks.ALL,
      partitioner: compatibilityPartitioner,
      serializers: {
        key: stringSerializer,
        headerKey: stringSerializer,
        headerValue: stringSerializer,
      },
    });
  const senders = Array.from(
    { length: options.producers ?? 4 },
    () => new SerialSender(createProducer),
  );
  /** The sender with the least queued work; an idle one when there is one. */
  const leastBusy = () =>
    senders.reduce((best, sender) => (sender.backlog < best.backlog ? sender : best));
  const topics = new TopicCreator(admin, options);
  const readers = new Map<string, Promise<GroupReader>>();

  /** One consumer per (group, topic): a new topic's consumers never rebalance another's. */
  function readerFor(group: string, topic: string): Promise<GroupReader> {
    const key = `${group}\u0000${topic}`;
    let reader = readers.get(key);
    if (!reader) {
      reader = topics
        .ensure(topic)
        .then(() => GroupReader.open({ ...base, groupId: `${group}.${topic}` }, topic));
      // A failed start is not cached: the next poll tries again.
      reader.catch(() => readers.delete(key));
      readers.set(key, reader);
    }
    return reader;
  }

  return {
    kind: 'kafka',
    async append(topic, records) {
      if (records.length === 0) return;
      await topics.ensure(topic);
      await leastBusy().send(records.map((record) => toMessage(topic, record)));
    },
    async poll(group, topic, pollOptions) {
      const reader = await readerFor(group, topic);
      try {
        return await reader.poll(pollOptions.maxRecords, options.pollWaitMs ?? 1000);
      } catch (error) {
        // A failed member (broker restarted, session lost) never recovers by itself: drop it, so
        // the next poll joins the group again and resumes from the committed offsets.
        if (reader.failed) {
          readers.delete(`${group}\u0000${topic}`);
          await Promise.allSettled([reader.close()]);
        }
        throw error;
      }
    },
    async commit(group, event) {
      const reader = await readerFor(group, event.topic);
      await reader.commit(event.partition, event.offset);
    },
    health: () => probeHealth('kafka', () => admin.listTopics()),
    async close() {
      const opened = await Promise.allSettled(readers.values());
      readers.clear();
      await Promise.allSettled(
        opened.map((result) => (result.status === 'fulfilled' ? result.value.close() : null)),
      );
      await Promise.allSettled([...senders.map((sender) => sender.close()), admin.close()]);
    },
  };
}

function toMessage(topic: string, record: EventRecord): OutgoingMessage {
  return {
    topic,
    key: record.key ?? undefined,
    value: typeof record.value === 'string' ? Buffer.from(record.value) : record.value,
    headers: record.headers ?? {},
  };
}

/** Creates each topic once (idempotently: another process may create it at the same time). */
class TopicCreator {
  readonly #admin: Admin;
  readonly #options: KafkaEventLogOptions;
  readonly #ensured = new Map<string, Promise<void>>();

  constructor(admin: Admin, options: KafkaEventLogOptions) {
    this.#admin = admin;
    this.#options = options;
  }

  ensure(topic: string): Promise<void> {
    let ensured = this.#ensured.get(topic);
    if (!ensured) {
      ensured = this.#create(topic);
      ensured.catch(() => this.#ensured.delete(topic));
      this.#ensured.set(topic, ensured);
    }
    return ensured;
  }

  async #create(topic: string): Promise<void> {
    const partitions = this.#options.topicPartitions?.[topic] ?? this.#options.partitions ?? 12;
    try {
      await this.#admin.createTopics({
        topics: [topic],
        partitions,
        replicas: this.#options.replicas ?? 1,
      });
    } catch (error) {
      // "Already exists" is success; anything else is, unless the topic is there after all.
      const existing = await this.#admin.listTopics();
      if (!existing.includes(topic)) throw error;
    }
  }
}
