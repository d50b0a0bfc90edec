import {
  Consumer,
  stringDeserializer,
  type BaseOptions,
  type Message,
  type MessagesStream,
} from '@platformatic/kafka';
import type { LoggedEvent } from './event-log.ts';
import type { EventLogLogger } from './kafka-connection.ts';

/** How long a poll that has records waits for the next batch before returning them. */
const LINGER_MS = 5;
/** Upper bound on the wait for a new member's first fetch (joining the group comes first). */
const FIRST_FETCH_TIMEOUT_MS = 10_000;
/**
 * A member that stops heartbeating (a killed pod) keeps its partitions, unread, until its session
 * expires; the client's default of 60 s stalled every partition behind a crashed processor for a
 * minute (found by the SIGKILL fault test). 10 s with a 3 s heartbeat is the usual trade-off.
 */
const GROUP_TIMING = { sessionTimeout: 10_000, heartbeatInterval: 3_000, rebalanceTimeout: 30_000 };

type KafkaMessage = Message<string, Buffer, string, string>;
type KafkaStream = MessagesStream<string, Buffer, string, string>;

/**
 * A consumer-group member for one topic that gives the EventLog's poll semantics on top of a
 * Kafka stream: records stay buffered (and are returned again) until the group commits past them.
 */
export class GroupReader {
  readonly #consumer: Consumer<string, Buffer, string, string>;
  readonly #stream: KafkaStream;
  /** Delivered but not yet committed, in arrival order (ordered within each partition). */
  #pending: KafkaMessage[] = [];
  /** Highest offset buffered per partition: a stream restarted by a rebalance re-sends records. */
  readonly #highest = new Map<number, bigint>();
  /** Next offset to read per partition, as this member last committed it. */
  readonly #committed = new Map<number, bigint>();
  #failure: Error | null = null;
  #closing = false;
  /** Settles after the first fetch, so a first poll sees what the log already holds. */
  #firstFetch: Promise<unknown> | null;

  private constructor(
    consumer: Consumer<string, Buffer, string, string>,
    stream: KafkaStream,
    topic: string,
  ) {
    this.#consumer = consumer;
    this.#stream = stream;
    this.#firstFetch = new Promise((resolve) => {
      stream.on('fetch', function firstFetch() {
        stream.off('fetch', firstFetch);
        resolve(undefined);
      });
      setTimeout(resolve, FIRST_FETCH_TIMEOUT_MS).unref();
    });
    // The stream fetches only once someone listens; start now rather than at the first poll.
    stream.on('readable', () => undefined);
    stream.on('error', (error) => {
      this.#failure = error;
    });
    // A stream that ends without close() (the broker went away, the member left the group) never
    // delivers again: make that a failure so the owner replaces this member.
    stream.on('close', () => {
      if (!this.#closing) this.#failure ??= new Error(`the ${topic} stream closed`);
    });
    // After a rebalance drop what belongs to partitions another member now owns.
    consumer.on('consumer:group:join', ({ assignments }) => {
      const owned = new Set(assignments?.flatMap((assignment) => assignment.partitions) ?? []);
      this.#pending = this.#pending.filter((message) => owned.has(message.partition));
      for (const partition of [...this.#highest.keys()]) {
        if (!owned.has(partition)) this.#highest.delete(partition);
      }
    });
  }

  static async open(
    base: BaseOptions & { groupId: string },
    topic: string,
    logger?: EventLogLogger,
  ): Promise<GroupReader> {
    const consumer = new Consumer<string, Buffer, string, string>({
      ...base,
      ...GROUP_TIMING,
      deserializers: {
        key: stringDeserializer,
        headerKey: stringDeserializer,
        headerValue: stringDeserializer,
      },
    });
    if (logger) logGroupChanges(consumer, logger);
    try {
      // Manual commits only: the offset moves after the caller's database commit, never before.
      const stream = await consumer.consume({
        topics: [topic],
        autocommit: false,
        mode: 'committed',
        fallbackMode: 'earliest',
        maxWaitTime: 200,
      });
      return new GroupReader(consumer, stream, topic);
    } catch (error) {
      // The start failure is what the caller needs to see, not a failure to close.
      await Promise.allSettled([consumer.close(true)]);
      throw error;
    }
  }

  async poll(maxRecords: number, waitMs: number): Promise<LoggedEvent[]> {
    if (this.#failure) throw this.#failure;
    if (this.#firstFetch) {
      await this.#firstFetch;
      this.#firstFetch = null;
    }
    this.#drain(maxRecords);
    if (this.#pending.length === 0) await this.#waitReadable(waitMs);
    // A fetch hands over one record batch at a time; linger briefly so a poll fills up.
    for (let arrived = true; arrived && this.#pending.length < maxRecords;) {
      const before = this.#pending.length;
      this.#drain(maxRecords);
      arrived = this.#pending.length > before || (await this.#waitReadable(LINGER_MS));
    }
    if (this.#failure) throw this.#failure;
    return this.#pending.slice(0, maxRecords).map(toLoggedEvent);
  }

  async commit(partition: number, offset: number): Promise<void> {
    const next = BigInt(offset) + 1n;
    // A commit behind the last one is a no-op: positions never move backwards.
    if ((this.#committed.get(partition) ?? -1n) >= next) return;
    const message = this.#pending.find(
      (candidate) => candidate.partition === partition && candidate.offset === BigInt(offset),
    );
    if (message) {
      await message.commit();
    } else {
      const topic = this.#stream.consumer.topics.current[0];
      await this.#consumer.commit({
        offsets: [{ topic, partition, offset: next, leaderEpoch: -1 }],
      });
    }
    this.#committed.set(partition, next);
    this.#pending = this.#pending.filter(
      (pending) => pending.partition !== partition || pending.offset >= next,
    );
  }

  /** True once the stream failed: this member is finished and must be replaced. */
  get failed(): boolean {
    return this.#failure !== null;
  }

  async close(): Promise<void> {
    this.#closing = true;
    try {
      await this.#stream.close();
    } finally {
      await this.#consumer.close(true);
    }
  }

  /** Moves what the stream already holds into `pending`, up to `maxRecords` buffered. */
  #drain(maxRecords: number): void {
    while (this.#pending.length < maxRecords) {
      const message = this.#stream.read() as KafkaMessage | null;
      if (message === null) return;
      const highest = this.#highest.get(message.partition) ?? -1n;
      const committed = this.#committed.get(message.partition) ?? 0n;
      if (message.offset <= highest || message.offset < committed) continue;
      this.#highest.set(message.partition, message.offset);
      this.#pending.push(message);
    }
  }

  /** True when the stream has something to read, false when `waitMs` passed first. */
  #waitReadable(waitMs: number): Promise<boolean> {
    if (this.#stream.readableLength > 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const finish = (readable: boolean) => {
        clearTimeout(timer);
        this.#stream.off('readable', onReadable);
        resolve(readable);
      };
      const onReadable = () => finish(true);
      const timer = setTimeout(() => finish(false), waitMs);
      this.#stream.on('readable', onReadable);
    });
  }
}

/**
 * Joins (with the partitions assigned), leaves and rebalances, so an operator can see how long a
 * crashed member held its partitions: a killed member's are reassigned after its session timeout.
 */
function logGroupChanges(
  consumer: Consumer<string, Buffer, string, string>,
  logger: EventLogLogger,
) {
  consumer.on('consumer:group:join', ({ groupId, memberId, generationId, assignments }) => {
    const partitions = assignments?.flatMap((assignment) => assignment.partitions) ?? [];
    logger.info({ groupId, memberId, generationId, partitions }, 'kafka consumer joined its group');
  });
  consumer.on('consumer:group:leave', ({ groupId, memberId }) => {
    logger.info({ groupId, memberId }, 'kafka consumer left its group');
  });
  consumer.on('consumer:group:rebalance', ({ groupId }) => {
    logger.info({ groupId }, 'kafka consumer group rebalancing');
  });
}

function toLoggedEvent(message: KafkaMessage): LoggedEvent {
  return {
    topic: message.topic,
    partition: message.partition,
    offset: Number(message.offset),
    key: message.key ?? null,
    value: message.value ?? Buffer.alloc(0),
    headers: Object.fromEntries(message.headers),
    timestamp: new Date(Number(message.timestamp)),
  };
}
