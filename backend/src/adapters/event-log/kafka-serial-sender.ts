import type { Producer } from '@platformatic/kafka';

type KafkaProducer = Producer<string, Buffer, string, string>;

/** A record as the producer takes it. */
export interface OutgoingMessage {
  topic: string;
  key: string | undefined;
  value: Buffer;
  headers: Record<string, string>;
}

interface QueuedSend {
  messages: OutgoingMessage[];
  resolve(): void;
  reject(error: unknown): void;
}

/** Records per produce request when concurrent appends are coalesced (well under 1 MB/partition). */
const MAX_RECORDS_PER_SEND = 4000;

/**
 * One produce request in flight at a time; appends that arrive meanwhile are sent together next.
 * Why: @platformatic/kafka's idempotent producer advances its sequence numbers only when a
 * response arrives, so two concurrent sends to one partition carry the same sequence and the
 * broker acknowledges the second as a duplicate without writing it (seen here: 8 concurrent
 * batches of 25 → 25 records). Coalescing keeps sequences right and batches large.
 */
export class SerialSender {
  readonly #createProducer: () => KafkaProducer;
  #producer: KafkaProducer;
  #queue: QueuedSend[] = [];
  #sending = false;

  constructor(createProducer: () => KafkaProducer) {
    this.#createProducer = createProducer;
    this.#producer = createProducer();
  }

  close(): Promise<void> {
    return this.#producer.close();
  }

  /** Records waiting, plus one batch's worth while a request is in flight. */
  get backlog(): number {
    let count = this.#sending ? MAX_RECORDS_PER_SEND : 0;
    for (const queued of this.#queue) count += queued.messages.length;
    return count;
  }

  send(messages: OutgoingMessage[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ messages, resolve, reject });
      void this.#pump();
    });
  }

  async #pump(): Promise<void> {
    if (this.#sending) return;
    this.#sending = true;
    while (this.#queue.length > 0) {
      const group = this.#takeGroup();
      try {
        await this.#producer.send({ messages: group.flatMap((queued) => queued.messages) });
        for (const queued of group) queued.resolve();
      } catch (error) {
        // Each caller is refused: none of them may acknowledge its records to a device.
        for (const queued of group) queued.reject(error);
        await this.#replaceProducer();
      }
    }
    this.#sending = false;
  }

  /**
   * A failed send may still have been written. The library then reuses its sequence numbers for
   * the next batch, which the broker would take for a retry of the written one and drop while
   * acknowledging it. A new producer (new producer id, sequences from 0) cannot collide.
   */
  async #replaceProducer(): Promise<void> {
    const failed = this.#producer;
    this.#producer = this.#createProducer();
    await Promise.allSettled([failed.close(true)]);
  }

  /** The next appends to send together; at least one, however large it is. */
  #takeGroup(): QueuedSend[] {
    let count = 0;
    let taken = 0;
    while (taken < this.#queue.length) {
      const size = this.#queue[taken].messages.length;
      if (taken > 0 && count + size > MAX_RECORDS_PER_SEND) break;
      count += size;
      taken += 1;
    }
    return this.#queue.splice(0, taken);
  }
}
