import type { HealthStatus } from '../health-status.ts';

/** One record to append. Records with the same key keep their order (same Kafka partition). */
export interface EventRecord {
  key: string | null;
  value: Buffer | string;
  headers?: Record<string, string>;
}

/** A record as a consumer sees it, with its position in the log. */
export interface LoggedEvent {
  topic: string;
  partition: number;
  offset: number;
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
  timestamp: Date;
}

export interface PollOptions {
  /** Upper bound on records returned by one poll. */
  maxRecords: number;
}

/**
 * The durable log between the ingest gateway and the stream processors (Kafka in production,
 * a Postgres table when embedded). Delivery is at-least-once: a consumer that fails before
 * `commit` sees the same records again, so consumers must be idempotent on the event id.
 */
export interface EventLog {
  readonly kind: 'postgres-table' | 'kafka';
  /** Resolves only once every record is durable; rejects without partial effect otherwise. */
  append(topic: string, records: EventRecord[]): Promise<void>;
  /**
   * The next records of `topic` after `group`'s committed position, in order. Polling again
   * without committing returns the same records.
   */
  poll(group: string, topic: string, options: PollOptions): Promise<LoggedEvent[]>;
  /** Records that `group` has processed everything up to and including `event`. */
  commit(group: string, event: Pick<LoggedEvent, 'topic' | 'partition' | 'offset'>): Promise<void>;
  health(): Promise<HealthStatus>;
  close(): Promise<void>;
}
