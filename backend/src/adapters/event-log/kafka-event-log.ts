import {
  Admin,
  compatibilityPartitioner,
  ProduceAcks,
  Producer,
  stringSerializer,
} from '@platformatic/kafka';
import { probeHealth } from '../health-status.ts';
import type { EventLog, EventRecord } from './event-log.ts';
import { securityOptions, type EventLogLogger, type KafkaSecurity } from './kafka-connection.ts';
import { GroupReader } from './kafka-group-reader.ts';
import { SerialSender, type OutgoingMessage } from './kafka-serial-sender.ts';
import { TopicCreator, type TopicCreatorOptions } from './kafka-topics.ts';

export interface KafkaEventLogOptions extends KafkaSecurity {
  brokers: string[];
  clientId?: string;
  /** Partitions of a topic this log creates (default 12, the capacity model's start for trips.raw). */
  partitions?: number;
  /** Per-topic overrides of `partitions`. */
  topicPartitions?: Readonly<Record<string, number>>;
  /** Replication factor of created topics (1 on the single local broker, 3 on MSK). */
  replicas?: number;
  /** min.insync.replicas of created topics (1 locally, 2 on MSK): what acks=all waits for. */
  minInsyncReplicas?: number;
  /** Topics to create right away when missing (the others when first used). */
  createAtStart?: readonly string[];
  /** Producers appending in parallel (each keeps one request in flight). Default 4. */
  producers?: number;
  /** How long an empty poll waits for records before returning []. */
  pollWaitMs?: number;
  /** Topic creation and consumer-group changes (join, leave) are logged here. */
  logger?: EventLogLogger;
}

/**
 * The event log on Apache Kafka through @platformatic/kafka. The producer is idempotent with
 * acks=all, so `append` resolves only when every in-sync replica has the batch and a retried
 * send cannot write a record twice. Keys are partitioned like Java clients (murmur2), so one
 * vehicle's reads stay in one partition whoever produced them.
 */
export async function createKafkaEventLog(options: KafkaEventLogOptions): Promise<EventLog> {
  const clientId = options.clientId ?? 'beaus';
  const base = {
    clientId,
    bootstrapBrokers: options.brokers,
    retries: 5,
    ...securityOptions(options),
  };
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
  const topics = new TopicCreator(admin, topicCreatorOptions(options));
  // Created at start so consumers and producers find the configured layout; a broker that is
  // down now is no reason not to start (the gateway answers 503): first use tries again.
  for (const topic of options.createAtStart ?? []) {
    topics.ensure(topic).catch((error: unknown) => {
      options.logger?.warn({ err: error, topic }, 'kafka topic not created at start');
    });
  }
  const readers = new Map<string, Promise<GroupReader>>();

  /** One consumer per (group, topic): a new topic's consumers never rebalance another's. */
  function readerFor(group: string, topic: string): Promise<GroupReader> {
    const key = `${group}\u0000${topic}`;
    let reader = readers.get(key);
    if (!reader) {
      reader = topics
        .ensure(topic)
        .then(() =>
          GroupReader.open({ ...base, groupId: `${group}.${topic}` }, topic, options.logger),
        );
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

function topicCreatorOptions(options: KafkaEventLogOptions): TopicCreatorOptions {
  const fallback = {
    partitions: options.partitions ?? 12,
    replicas: options.replicas ?? 1,
    minInsyncReplicas: options.minInsyncReplicas ?? 1,
  };
  const layouts = Object.fromEntries(
    Object.entries(options.topicPartitions ?? {}).map(([topic, partitions]) => [
      topic,
      { ...fallback, partitions },
    ]),
  );
  return { layouts, fallback, logger: options.logger };
}
