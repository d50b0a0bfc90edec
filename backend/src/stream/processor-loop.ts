/**
 * The loop around the pure batch handler: poll → process (one database transaction) → publish
 * the outcomes → commit the offsets → update the dashboard cache. It owns the order that makes
 * posting exactly-once: offsets are committed only after the database commit, so a crash
 * anywhere replays the batch, and the replay posts nothing (unique event ids). Failures are
 * retried with backoff; a batch that keeps failing for a reason other than a lost database is
 * bisected and its poison record parked as a dead letter (poison-parking.ts), never skipped
 * silently. stop() lets the batch in hand finish and commit.
 */
import type { Cache } from '../adapters/cache/cache.ts';
import type { Database } from '../adapters/database/database.ts';
import type { EventLog, EventRecord, LoggedEvent } from '../adapters/event-log/event-log.ts';
import { tripTopics } from './outcome-records.ts';
import { isolatePoison, type ProcessBatch } from './poison-parking.ts';
import { defaultBatchOptions, processTripBatch } from './process-trip-batch.ts';
import type { BatchOptions, BatchOutcome } from './process-trip-batch.ts';
import { applyDeltaToCache } from './projection-cache.ts';
import { isTransientFailure } from './transient-failure.ts';

/** The few logger methods the loop uses; pino and Fastify's logger both fit. */
export interface StreamLogger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

export interface ProcessorLoopDeps {
  readonly database: Database;
  readonly eventLog: EventLog;
  readonly cache: Cache;
  readonly logger: StreamLogger;
}

export interface ProcessorLoopOptions {
  readonly group: string;
  readonly topics: { raw: string; posted: string; review: string; deadLetter: string };
  /** Records per batch: larger batches amortise the per-batch queries and the commit. */
  readonly maxRecords: number;
  /** Pause after an empty poll. */
  readonly idleMs: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /**
   * Failures of one batch in a row, transient ones not counted, after which it is bisected and
   * a record that fails on its own is parked as a dead letter (poison-parking.ts).
   */
  readonly poisonAfterFailures: number;
  readonly batch: BatchOptions;
  /** The batch handler (processTripBatch); tests put a failing one in its place. */
  readonly processBatch?: ProcessBatch;
  /** Called after each committed batch (metrics, tests). */
  readonly onBatch?: (outcome: BatchOutcome) => void;
}

export const defaultLoopOptions: ProcessorLoopOptions = {
  group: 'stream-processor',
  topics: tripTopics,
  maxRecords: 2000,
  idleMs: 200,
  retryBaseMs: 100,
  retryMaxMs: 5000,
  poisonAfterFailures: 5,
  batch: defaultBatchOptions,
};

export interface ProcessorLoop {
  /** Settles when the loop has stopped. */
  readonly done: Promise<void>;
  /** Finishes the batch in hand (process, publish, commit), then stops. */
  stop(): Promise<void>;
}

class Stopped extends Error {}

export function startProcessorLoop(
  deps: ProcessorLoopDeps,
  options: ProcessorLoopOptions = defaultLoopOptions,
): ProcessorLoop {
  let stopping = false;
  let wake: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    wake = resolve;
  });

  // unref: a pending pause must not keep a stopping process alive.
  const pause = (ms: number) =>
    Promise.race([new Promise<void>((resolve) => setTimeout(resolve, ms).unref()), stopped]);

  /** Retries until it works; once stopping, a failure ends the loop without committing. */
  async function retrying<T>(step: string, work: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await work();
      } catch (error) {
        if (stopping) throw new Stopped();
        const delay = Math.min(options.retryMaxMs, options.retryBaseMs * 2 ** attempt);
        deps.logger.error({ err: error, step, attempt, delay }, `stream ${step} failed; retrying`);
        await pause(delay);
      }
    }
  }

  async function runOnce(): Promise<boolean> {
    const { eventLog, database } = deps;
    const records = await retrying('poll', () =>
      eventLog.poll(options.group, options.topics.raw, { maxRecords: options.maxRecords }),
    );
    if (records.length === 0) return false;
    const outcomes = await processParkingPoison(records);
    // After the database commit and before the offsets: a crash in between replays the batch,
    // which then posts (and publishes) nothing again.
    for (const outcome of outcomes) {
      await retrying('publish', () => publish(eventLog, options.topics, outcome));
    }
    await retrying('commit', () => commitOffsets(eventLog, options.group, records));
    for (const outcome of outcomes) {
      try {
        await applyDeltaToCache(deps.cache, database, outcome.projection, options.batch.now());
      } catch (error) {
        // The cache is for display only; it is rebuilt from Postgres when it comes back.
        deps.logger.warn({ err: error }, 'projection cache update failed');
      }
      options.onBatch?.(outcome);
    }
    return true;
  }

  /** One outcome normally; several when the batch had to be bisected around a poison record. */
  function processParkingPoison(records: readonly LoggedEvent[]): Promise<BatchOutcome[]> {
    const handle = options.processBatch ?? processTripBatch;
    const context = {
      database: deps.database,
      process: handle,
      batch: options.batch,
      logger: deps.logger,
    };
    let failures = 0;
    return retrying('process', async () => {
      try {
        return [await handle(deps.database, records, options.batch)];
      } catch (error) {
        if (!isTransientFailure(error)) failures += 1;
        if (failures < options.poisonAfterFailures) throw error;
        failures = 0;
        deps.logger.warn(
          { err: error, records: records.length, failures: options.poisonAfterFailures },
          'stream batch keeps failing: bisecting it to park the record at fault',
        );
        return isolatePoison(context, records, error);
      }
    });
  }

  async function run(): Promise<void> {
    while (!stopping) {
      try {
        const busy = await runOnce();
        if (!busy) await pause(options.idleMs);
      } catch (error) {
        if (error instanceof Stopped) return;
        throw error;
      }
    }
  }

  const done = run();
  return {
    done,
    async stop() {
      stopping = true;
      wake();
      await done;
    },
  };
}

async function publish(
  eventLog: EventLog,
  topics: ProcessorLoopOptions['topics'],
  outcome: BatchOutcome,
): Promise<void> {
  const sends: [string, readonly EventRecord[]][] = [
    [topics.posted, outcome.publish.posted],
    [topics.review, outcome.publish.review],
    [topics.deadLetter, outcome.publish.deadLetter],
  ];
  await Promise.all(
    sends
      .filter(([, records]) => records.length > 0)
      .map(([topic, records]) => eventLog.append(topic, [...records])),
  );
}

/** The highest offset per partition: the log treats a commit as "everything up to here". */
export async function commitOffsets(
  eventLog: EventLog,
  group: string,
  records: readonly LoggedEvent[],
): Promise<void> {
  const last = new Map<string, LoggedEvent>();
  for (const record of records) {
    const key = `${record.topic}|${record.partition}`;
    const seen = last.get(key);
    if (seen === undefined || record.offset > seen.offset) last.set(key, record);
  }
  for (const record of last.values()) await eventLog.commit(group, record);
}
